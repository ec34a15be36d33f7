import cytoscape from "cytoscape";
const cy = cytoscape({ headless: true, styleEnabled: true, style: [{ selector: "edge.l", style: { label: "data(r)" } }], elements: [{ data: { id: "a" } }, { data: { id: "b" } }, { data: { id: "e", source: "a", target: "b", r: "x" } }] });
const e = cy.$("#e"); e.remove();
e.toggleClass("l", true);
e.restore();
console.log(e.hasClass("l"), e.pstyle("label").strValue);
