import 'pdfmake/interfaces';

/** The hints roles.ts reads on a node, beside pdfmake's own properties. */
declare module 'pdfmake/interfaces' {
  interface ContentBase {
    /** A structure type for this node when its kind and style do not say it (e.g. 'H1'). */
    tag?: string;
    /** Alternative text: required on every image, turns a canvas into a Figure. */
    alt?: string;
    /** The language of this node's text when it differs from the document's (BCP 47). */
    lang?: string;
  }
  interface ContentTable {
    /** This table is the rest of `continues` (laid out apart): its rows join that table's body. */
    continues?: ContentTable;
  }
}
