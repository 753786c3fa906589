// Story page entry: renders the story the address names from the bundled dataset, with the reader's saved claims.
/// <reference types="vite/client" />
import { render } from 'preact';
import datasetsJson from '../../build/data/datasets.json';
import type { Dataset } from '../dataset/types';
import { readStoryTarget } from '../shared/story-link';
import { browserOptionsApi } from '../ui/options/api';
import { StoryPage } from '../ui/story/app';
import '../ui/story/story.css';

const datasets = datasetsJson as unknown as Dataset[];
const target = readStoryTarget(location.href);
const story = datasets.find((d) => d.story.id === target.story) ?? datasets[0];
if (story) document.title = `${story.story.title}: the whole story (Counterpoint)`;

render(<StoryPage datasets={datasets} target={target} saved={browserOptionsApi} />, document.getElementById('app')!);
