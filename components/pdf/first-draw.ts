/**
 * Told when a page of the viewer has been drawn. The application page holds back its review
 * form until the first page is on screen: mounting the form (style and layout of hundreds of
 * elements) while the page draws is what made the first page take four times as long as in
 * pdf.js's own viewer, and a reviewer looks at the page first.
 */
import { createContext } from 'react';

export const PageDrawnContext = createContext<(() => void) | null>(null);
