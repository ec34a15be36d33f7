import { createContext } from "react";

/**
 * The column the editor's lists are in: their windows of rows follow its scrolling. An element,
 * not a ref, so the lists render again once it is there (refs are set after children mount).
 */
export const ScrollBox = createContext<HTMLElement | null>(null);
