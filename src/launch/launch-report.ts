// What a launch did, as printed and as written to --report-file (docs/launch.md, "Output").

export interface NamedPage {
  name: string;
  pageId: string;
}

export interface LaunchReport {
  cycle: string;
  dryRun: boolean;
  roster: string;
  counts: {
    roster: number;
    created: number;
    existing: number;
    notFound: number;
    failed: number;
    /** Pages made from a template in an earlier launch whose links this launch wrote. */
    linksAdded: number;
    /** Pages whose template had not been applied within the bound: their links wait for the next launch. */
    linksPending: number;
  };
  created: { name: string; title: string; pageId: string | null; links: boolean }[];
  /** The data source template pages are made from, and the reads of page bodies spent waiting for it. */
  template: { name: string; reads: number; readsPerPage: number } | null;
  linksAdded: NamedPage[];
  linksPending: NamedPage[];
  notFound: { name: string; who: 'reviewee' | 'manager'; ref: string }[];
  failed: { name: string; error: string }[];
  /** Why no feedback links were written, when none were. */
  linksNote: string | null;
  rosterProblems: string[];
  requests: { notion: number };
}
