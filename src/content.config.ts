import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { datasetLoader } from './provenance/dataset-loader';
import { sourceLoader } from './provenance/source-loader';
import { storyLoader } from './provenance/story-loader';
import { datasetFileSchema } from './schemas/dataset';
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
  datasets: defineCollection({
    loader: datasetLoader(),
    // What every dataset file shares (title, licence, as-of date, records), so pages read
    // `d.data.title` and `d.data.records` typed. The loader has already parsed each file with its
    // own schema (src/schemas/datasets/), whose output has all of this; records typed per dataset
    // come from `data(id)` in src/site/site-data.ts. `loose`: a dataset's own top-level fields stay.
    schema: datasetFileSchema(z.unknown()).loose(),
  }),
};
