import { z } from 'zod';
import { citations, Id, RecordMeta } from '../common.schema.js';

export const FaqFields = z.object({
  id: Id,
  question: z.string().min(1).max(500),
  answer: z.string().min(1).max(4000),
  position: z.number().int().min(1).max(1000),
  related: z
    .array(z.object({ collection: z.string().min(1).max(40), id: Id }))
    .max(20)
    .meta({ description: 'Records the answer is about.' }),
  citations,
});

export const Faq = FaqFields.extend(RecordMeta).meta({
  id: 'Faq',
  description: 'A frequently asked question with the answer its source gives.',
});
export type Faq = z.infer<typeof Faq>;
export type FaqSeed = z.input<typeof FaqFields>;
