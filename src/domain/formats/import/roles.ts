// Which of another tool's attribute or column names carries what Entente needs. Names are
// compared lower-cased with spaces, dashes and underscores removed ("Start Date" = "start_date").

export type Role =
  | "id"
  | "label"
  | "type"
  | "summary"
  | "start"
  | "end"
  | "date"
  | "source"
  | "target"
  | "stance"
  | "relation"
  | "quote"
  | "color"
  | "x"
  | "y";

const NAMES: Readonly<Record<Role, readonly string[]>> = {
  id: ["id", "key", "nodeid", "uid"],
  label: ["label", "name", "title", "sharedname", "displayname"],
  type: ["kind", "type", "category", "nodetype", "elementtype", "class"],
  summary: ["description", "summary", "notes", "note", "bio"],
  start: ["start", "startdate", "from date", "begin", "since", "fromdate", "starttime"],
  end: ["end", "enddate", "until", "todate", "endtime"],
  date: ["date", "time", "timestamp", "year"],
  source: ["source", "from", "sourcenode", "sourceid", "node1", "head"],
  target: ["target", "to", "targetnode", "targetid", "node2", "tail"],
  stance: ["stance", "sign", "polarity", "connectiontype", "sentiment"],
  relation: [
    "relation",
    "relationship",
    "interaction",
    "sharedinteraction",
    "edgetype",
    "predicate",
  ],
  quote: ["quote", "evidence", "citation"],
  color: ["color", "colour"],
  x: ["x"],
  y: ["y"],
};

export const normalise = (name: string): string => name.toLowerCase().replace(/[\s_-]+/g, "");

const LOOKUP = new Map<string, Role>(
  (Object.entries(NAMES) as [Role, readonly string[]][]).flatMap(([role, names]) =>
    names.map((n) => [normalise(n), role] as const),
  ),
);

/** The role a name plays, if any. */
export const roleOf = (name: string): Role | undefined => LOOKUP.get(normalise(name));
