import { z } from 'zod';

// Interfaces mirror the Forms API JSON (forms_v1.Schema$*) for the item kinds review-sync uses.
export interface ScaleQuestionSeed {
  low: number;
  high: number;
  lowLabel?: string;
  highLabel?: string;
}
export interface ChoiceQuestionSeed {
  type: 'RADIO' | 'CHECKBOX' | 'DROP_DOWN';
  options: { value: string; isOther?: boolean }[];
  shuffle?: boolean;
}
export interface QuestionSeed {
  questionId?: string;
  required?: boolean;
  scaleQuestion?: ScaleQuestionSeed;
  textQuestion?: { paragraph?: boolean };
  choiceQuestion?: ChoiceQuestionSeed;
  dateQuestion?: { includeTime?: boolean; includeYear?: boolean };
  timeQuestion?: { duration?: boolean };
  rowQuestion?: { title: string };
}
export interface FormItemSeed {
  itemId?: string;
  title?: string;
  description?: string;
  questionItem?: { question: QuestionSeed };
  questionGroupItem?: {
    questions: QuestionSeed[];
    grid?: { columns: ChoiceQuestionSeed; shuffleQuestions?: boolean };
  };
  textItem?: Record<string, never>;
  pageBreakItem?: Record<string, never>;
}
export interface AnswerSeed {
  questionId?: string;
  textAnswers: { answers: { value: string }[] };
}
export interface FormResponseSeed {
  responseId?: string;
  createTime: string;
  lastSubmittedTime?: string;
  respondentEmail?: string;
  answers?: Record<string, AnswerSeed>;
  totalScore?: number;
}
export interface FormInfoSeed {
  title: string;
  documentTitle?: string;
  description?: string;
}
export interface FormSeed {
  formId: string;
  info: FormInfoSeed;
  settings?: {
    emailCollectionType?: 'DO_NOT_COLLECT' | 'VERIFIED' | 'RESPONDER_INPUT';
    quizSettings?: { isQuiz?: boolean };
  };
  revisionId?: string;
  responderUri?: string;
  linkedSheetId?: string;
  publishSettings?: { publishState: { isPublished: boolean; isAcceptingResponses: boolean } };
  /** Tokens the form is shared with; absent means every accepted token can open it. */
  sharedWith?: string[];
  items?: FormItemSeed[];
  responses?: FormResponseSeed[];
}

const QUESTION_KINDS = [
  'scaleQuestion',
  'textQuestion',
  'choiceQuestion',
  'dateQuestion',
  'timeQuestion',
  'rowQuestion',
] as const;
const ITEM_KINDS = ['questionItem', 'questionGroupItem', 'textItem', 'pageBreakItem'] as const;

const choiceSchema: z.ZodType<ChoiceQuestionSeed> = z.strictObject({
  type: z.enum(['RADIO', 'CHECKBOX', 'DROP_DOWN']),
  options: z.array(z.strictObject({ value: z.string(), isOther: z.boolean().optional() })).min(1),
  shuffle: z.boolean().optional(),
});

// The API allows a scale from 0 or 1 up to 2..10; anything else is refused on create.
const scaleSchema: z.ZodType<ScaleQuestionSeed> = z
  .strictObject({
    low: z.number().int().min(0).max(1),
    high: z.number().int().min(2).max(10),
    lowLabel: z.string().optional(),
    highLabel: z.string().optional(),
  })
  .refine((s) => s.high > s.low, { message: 'high must be greater than low' });

export const questionSchema: z.ZodType<QuestionSeed> = z
  .strictObject({
    questionId: z
      .string()
      .regex(/^[0-9a-f]{8}$/, 'expected 8 lowercase hex digits')
      .optional(),
    required: z.boolean().optional(),
    scaleQuestion: scaleSchema.optional(),
    textQuestion: z.strictObject({ paragraph: z.boolean().optional() }).optional(),
    choiceQuestion: choiceSchema.optional(),
    dateQuestion: z
      .strictObject({ includeTime: z.boolean().optional(), includeYear: z.boolean().optional() })
      .optional(),
    timeQuestion: z.strictObject({ duration: z.boolean().optional() }).optional(),
    rowQuestion: z.strictObject({ title: z.string() }).optional(),
  })
  .refine((q) => QUESTION_KINDS.filter((k) => q[k] !== undefined).length === 1, {
    message: `a question has exactly one of ${QUESTION_KINDS.join(', ')}`,
  });

export const itemSchema: z.ZodType<FormItemSeed> = z
  .strictObject({
    itemId: z
      .string()
      .regex(/^[0-9a-f]{8}$/, 'expected 8 lowercase hex digits')
      .optional(),
    title: z.string().optional(),
    description: z.string().optional(),
    questionItem: z.strictObject({ question: questionSchema }).optional(),
    questionGroupItem: z
      .strictObject({
        questions: z.array(questionSchema).min(1),
        grid: z.strictObject({ columns: choiceSchema, shuffleQuestions: z.boolean().optional() }).optional(),
      })
      .optional(),
    textItem: z.strictObject({}).optional(),
    pageBreakItem: z.strictObject({}).optional(),
  })
  .refine((item) => ITEM_KINDS.filter((k) => item[k] !== undefined).length === 1, {
    message: `an item has exactly one of ${ITEM_KINDS.join(', ')}`,
  });

// Forms timestamps are RFC 3339 in UTC ("Zulu"), with up to nanosecond precision.
const timestamp = z.iso.datetime();

const responseSchema: z.ZodType<FormResponseSeed> = z
  .strictObject({
    responseId: z.string().min(1).optional(),
    createTime: timestamp,
    lastSubmittedTime: timestamp.optional(),
    respondentEmail: z.string().optional(),
    answers: z
      .record(
        z.string(),
        z.strictObject({
          questionId: z.string().optional(),
          textAnswers: z.strictObject({ answers: z.array(z.strictObject({ value: z.string() })) }),
        }),
      )
      .optional(),
    totalScore: z.number().optional(),
  })
  .refine(
    (r) => r.lastSubmittedTime === undefined || Date.parse(r.lastSubmittedTime) >= Date.parse(r.createTime),
    {
      path: ['lastSubmittedTime'],
      message: 'lastSubmittedTime is before createTime',
    },
  );

export const formSeedSchema: z.ZodType<FormSeed> = z.strictObject({
  formId: z.string().min(1),
  info: z.strictObject({
    title: z.string(),
    documentTitle: z.string().optional(),
    description: z.string().optional(),
  }),
  settings: z
    .strictObject({
      emailCollectionType: z.enum(['DO_NOT_COLLECT', 'VERIFIED', 'RESPONDER_INPUT']).optional(),
      quizSettings: z.strictObject({ isQuiz: z.boolean().optional() }).optional(),
    })
    .optional(),
  revisionId: z.string().optional(),
  responderUri: z.string().optional(),
  linkedSheetId: z.string().optional(),
  publishSettings: z
    .strictObject({
      publishState: z.strictObject({ isPublished: z.boolean(), isAcceptingResponses: z.boolean() }),
    })
    .optional(),
  sharedWith: z.array(z.string().min(1)).optional(),
  items: z.array(itemSchema).optional(),
  responses: z.array(responseSchema).optional(),
});
