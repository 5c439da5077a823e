import { defineCollection } from 'astro:content';
import { datasetLoader } from './provenance/dataset-loader';
import { sourceLoader } from './provenance/source-loader';
import { storyLoader } from './provenance/story-loader';
import { sourceSchema } from './schemas/source';
import { storySchema } from './schemas/story';

// Content lives in content/ (outside src/) so authors never need to touch code.
// Datasets use a loader of our own: each file has its own schema, and their citations are
// checked against the sources, which a per-entry collection schema cannot see.
export const collections = {
  sources: defineCollection({
    loader: sourceLoader(),
    schema: sourceSchema,
  }),
  stories: defineCollection({
    loader: storyLoader(),
    schema: storySchema,
  }),
  datasets: defineCollection({ loader: datasetLoader() }),
};
