// Test support for the open flow in jsdom.
import harbourText from "../../data/examples/harbour-cooperative.json?raw";

export { harbourText };

/** jsdom's Blob lacks text() and arrayBuffer(); its FileReader, which browsers also have, stands in. */
export function installBlobReaders(): void {
  const read = <T>(blob: Blob, how: "readAsText" | "readAsArrayBuffer") =>
    new Promise<T>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as T);
      reader.onerror = () => reject(reader.error);
      reader[how](blob);
    });
  Blob.prototype.text ??= function (this: Blob) {
    return read<string>(this, "readAsText");
  };
  Blob.prototype.arrayBuffer ??= function (this: Blob) {
    return read<ArrayBuffer>(this, "readAsArrayBuffer");
  };
}

/** The harbour example, edited: `change` gets the parsed document and may mutate it. */
export function harbourWith(change: (doc: Record<string, unknown>) => void): string {
  const doc = JSON.parse(harbourText) as Record<string, unknown>;
  change(doc);
  return JSON.stringify(doc);
}

export const jsonFile = (name: string, text: string) =>
  new File([text], name, { type: "application/json" });
