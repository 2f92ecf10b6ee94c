// The simulator page: a button per persona puts that card in the slot, one takes it out.
"use strict";

async function post(path, body) {
  const answer = await fetch(path, {
    method: "POST", cache: "no-store", headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body || {})
  });
  const state = await answer.json();
  document.getElementById("status").textContent = "The kiosk is at step " + state.step;
}

document.addEventListener("DOMContentLoaded", async () => {
  const personas = await (await fetch("/simulator/personas", { cache: "no-store" })).json();
  const list = document.getElementById("personas");
  for (const persona of personas) {
    const item = document.createElement("li");
    const insert = document.createElement("button");
    insert.type = "button";
    insert.textContent = "Insert the " + persona + " card";
    insert.addEventListener("click", () => post("/simulator/insert", { persona: persona }));
    item.appendChild(insert);
    list.appendChild(item);
  }
  document.getElementById("remove").addEventListener("click", () => post("/simulator/remove"));
});
