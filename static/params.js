// Canned-query parameters with a known set of values get a list to pick from (a <datalist>:
// the box still takes free text, as the queries match names in part and in either script).
document.addEventListener("DOMContentLoaded", async () => {
  const form = document.querySelector("form.sql");
  if (!form) return;
  const database = form.getAttribute("action").split("/")[1];
  const lists = {
    measure: {
      url: `/${database}/measures.json?_shape=array&_size=max`,
      option: (row) => [row.code, `${row.label_zh} · ${row.label_en}`],
    },
    park: {
      url: `/${database}/park_summary.json?_shape=array&_size=max&metrics__gt=0&_sort_desc=metrics`,
      option: (row) => [row.name, `${row.metrics} figures`],
    },
  };
  for (const [name, list] of Object.entries(lists)) {
    const input = form.querySelector(`input[name="${name}"]`);
    if (!input) continue;
    try {
      const response = await fetch(list.url);
      if (!response.ok) continue;
      const datalist = document.createElement("datalist");
      datalist.id = `choices-${name}`;
      for (const row of await response.json()) {
        const [value, label] = list.option(row);
        const option = document.createElement("option");
        option.value = value;
        option.label = label;
        datalist.appendChild(option);
      }
      input.after(datalist);
      input.setAttribute("list", datalist.id);
      input.setAttribute("autocomplete", "off");
    } catch (error) {
      // a list is a convenience: the free-text box still works without it
    }
  }
});
