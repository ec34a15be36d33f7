export { captionPng } from "./compose";
export { captionContent } from "./content";
