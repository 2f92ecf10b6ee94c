// The kiosk's screen. It shows what the kiosk program's state says (GET /api/state, every half
// second) and posts the citizen's touches. It keeps nothing of a citizen: the digits typed on the
// keypad live in an array that is emptied when they are sent and whenever the step changes; the
// page is rebuilt from the state, so when the session ends its name and offers are gone.
"use strict";

const TEXT = {
  nl: {
    INSERT_CARD: ["Steek uw identiteitskaart in", "Steek uw kaart met de chip naar voren in de lezer onder het scherm."],
    ENTER_PIN: ["Geef uw pincode", "Tik de cijfers van uw pincode en druk op OK. Uw pincode gaat alleen naar uw kaart."],
    CHOOSE: ["Kies wat u wil", "Tik op een document om het af te drukken."],
    TAKE_CARD: ["Neem uw kaart terug", "Vergeet uw kaart niet."],
    PHONE: ["Uw telefoonnummer", "Tik uw gsm-nummer: u krijgt een bericht wanneer u uw codes kunt afhalen."],
    hello: "Dag {0}.", ok: "OK", erase: "Wis laatste cijfer", stop: "Stoppen", back: "Terug",
    digits: "{0} cijfers ingegeven", keypad: "Toetsenbord", choices: "Documenten",
    print: "afdrukken", request: "aanvragen", unavailable: "niet aan deze zuil",
    printing: "Even geduld: uw document wordt afgedrukt.", busy: "Even geduld.",
    offline: "De zuil antwoordt niet. Even geduld.",
    tickets: "Of neem een ticket voor het loket, zonder kaart:", ticket: "ticket nemen",
    ticketPrinting: "Even geduld: uw ticket wordt afgedrukt."
  },
  fr: {
    INSERT_CARD: ["Introduisez votre carte d'identité", "Introduisez votre carte, puce en avant, dans le lecteur sous l'écran."],
    ENTER_PIN: ["Entrez votre code PIN", "Touchez les chiffres de votre code PIN puis OK. Votre code PIN ne va qu'à votre carte."],
    CHOOSE: ["Choisissez", "Touchez un document pour l'imprimer."],
    TAKE_CARD: ["Reprenez votre carte", "N'oubliez pas votre carte."],
    PHONE: ["Votre numéro de téléphone", "Touchez votre numéro de GSM : vous recevrez un message quand vos codes pourront être retirés."],
    hello: "Bonjour {0}.", ok: "OK", erase: "Effacer le dernier chiffre", stop: "Arrêter", back: "Retour",
    digits: "{0} chiffres entrés", keypad: "Clavier", choices: "Documents",
    print: "imprimer", request: "demander", unavailable: "pas à cette borne",
    printing: "Un instant : votre document s'imprime.", busy: "Un instant.",
    offline: "La borne ne répond pas. Un instant.",
    tickets: "Ou prenez un ticket pour le guichet, sans carte :", ticket: "prendre un ticket",
    ticketPrinting: "Un instant : votre ticket s'imprime."
  },
  en: {
    INSERT_CARD: ["Insert your identity card", "Insert your card, chip first, into the reader below the screen."],
    ENTER_PIN: ["Enter your PIN", "Tap the digits of your PIN, then OK. Your PIN goes to your card only."],
    CHOOSE: ["Choose what you need", "Tap a document to print it."],
    TAKE_CARD: ["Take your card", "Do not forget your card."],
    PHONE: ["Your phone number", "Tap your mobile number: you will get a message when your codes can be picked up."],
    hello: "Hello {0}.", ok: "OK", erase: "Erase the last digit", stop: "Stop", back: "Back",
    digits: "{0} digits entered", keypad: "Keypad", choices: "Documents",
    print: "print", request: "request", unavailable: "not at this kiosk",
    printing: "One moment: your document is being printed.", busy: "One moment.",
    offline: "The kiosk does not answer. One moment.",
    tickets: "Or take a ticket for the counter, without a card:", ticket: "take a ticket",
    ticketPrinting: "One moment: your ticket is being printed."
  }
};

let state = { step: "INSERT_CARD", language: "nl", notice: null, greeting: null, products: [], tickets: [] };
let shownView = null;
let shownState = null;
let entered = [];
let asking = null; // the product whose request needs a phone number
let waiting = null; // what the status says while a post is on its way

const $ = (id) => document.getElementById(id);
const t = (key) => TEXT[state.language][key];
const fill = (text, value) => text.replace("{0}", value);

function element(tag, attributes, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    node.setAttribute(name, value);
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function button(label, onPress, attributes) {
  const node = element("button", Object.assign({ type: "button" }, attributes || {}), label);
  node.addEventListener("click", onPress);
  return node;
}

async function post(path, body, busyText) {
  waiting = busyText || t("busy");
  renderStatus();
  try {
    const answer = await fetch(path, {
      method: "POST", cache: "no-store", headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body || {})
    });
    if (answer.ok) {
      accept(await answer.json());
    }
  } finally {
    waiting = null;
    render();
  }
}

function accept(next) {
  if (next.step !== state.step) {
    entered = [];
    asking = null;
  }
  state = next;
}

function view() {
  return state.step === "CHOOSE" && asking ? "PHONE" : state.step;
}

function keypad(max, onOk, label) {
  const wrap = element("div");
  const shown = element("p", { class: "entered", id: "entered", "aria-live": "polite" });
  const refresh = () => {
    shown.textContent = label === "pin" ? "•".repeat(entered.length) : entered.join("");
    shown.setAttribute("aria-label", fill(t("digits"), entered.length));
  };
  refresh();
  const pad = element("div", { class: "keypad", role: "group", "aria-label": t("keypad") });
  const digit = (d) =>
    button(String(d), () => { if (entered.length < max) { entered.push(String(d)); refresh(); } },
      { "data-key": String(d) });
  for (let d = 1; d <= 9; d++) {
    pad.appendChild(digit(d));
  }
  pad.appendChild(button("⌫", () => { entered.pop(); refresh(); },
    { "aria-label": t("erase"), "data-key": "erase" }));
  pad.appendChild(digit(0));
  pad.appendChild(button(t("ok"), () => { const value = entered.join(""); entered = []; refresh(); onOk(value); },
    { "data-key": "ok" }));
  wrap.appendChild(shown);
  wrap.appendChild(pad);
  return wrap;
}

function stopButton() {
  return button(t("stop"), () => post("/api/done"), { class: "secondary", "data-action": "done" });
}

function renderContent(content) {
  const current = view();
  if (current === "INSERT_CARD" && state.tickets && state.tickets.length > 0) {
    content.appendChild(element("p", { id: "tickets-heading" }, t("tickets")));
    const list = element("ul", { class: "choices", "aria-labelledby": "tickets-heading" });
    for (const product of state.tickets) {
      const item = element("li");
      item.appendChild(button(product.name + " — " + t("ticket"),
        () => post("/api/ticket", { product: product.code }, t("ticketPrinting")),
        { "data-ticket": product.code }));
      list.appendChild(item);
    }
    content.appendChild(list);
  } else if (current === "ENTER_PIN") {
    content.appendChild(keypad(12, (pin) => post("/api/pin", { pin: pin }), "pin"));
    const actions = element("div", { class: "actions" });
    actions.appendChild(stopButton());
    content.appendChild(actions);
  } else if (current === "CHOOSE") {
    if (state.greeting) {
      content.appendChild(element("p", { id: "greeting" }, fill(t("hello"), state.greeting)));
    }
    const list = element("ul", { class: "choices", "aria-label": t("choices") });
    for (const product of state.products) {
      const item = element("li");
      const label = product.name + " — " + t(product.action);
      item.appendChild(button(label, () => {
        if (product.action === "request") {
          asking = product.code;
          entered = [];
          render();
        } else {
          post("/api/choose", { product: product.code }, t("printing"));
        }
      }, { "data-product": product.code }));
      list.appendChild(item);
    }
    content.appendChild(list);
    const actions = element("div", { class: "actions" });
    actions.appendChild(stopButton());
    content.appendChild(actions);
  } else if (current === "PHONE") {
    const product = asking;
    content.appendChild(keypad(15, (phone) => post("/api/request", { product: product, phone: phone }), "phone"));
    const actions = element("div", { class: "actions" });
    actions.appendChild(button(t("back"), () => { asking = null; entered = []; render(); }, { class: "secondary" }));
    content.appendChild(actions);
  }
}

function renderStatus() {
  $("status").textContent = waiting || state.notice || "";
}

function render() {
  const language = state.language;
  document.documentElement.lang = language;
  for (const choice of document.querySelectorAll("#languages button")) {
    choice.setAttribute("aria-pressed", String(choice.dataset.language === language));
  }
  const current = view();
  const key = JSON.stringify(state) + current + (waiting ? "!" : "");
  if (key !== shownState) {
    const [heading, prompt] = t(current);
    $("heading").textContent = heading;
    $("prompt").textContent = prompt;
    const content = $("content");
    content.replaceChildren();
    renderContent(content);
    shownState = key;
  }
  renderStatus();
  if (current !== shownView) {
    shownView = current;
    $("heading").focus();
  }
  document.body.dataset.step = current;
}

async function refresh() {
  try {
    const answer = await fetch("/api/state", { cache: "no-store" });
    if (answer.ok) {
      accept(await answer.json());
      render();
    }
  } catch (unreachable) {
    $("status").textContent = t("offline");
  }
}

document.addEventListener("DOMContentLoaded", () => {
  for (const choice of document.querySelectorAll("#languages button")) {
    choice.addEventListener("click", () => post("/api/language", { language: choice.dataset.language }));
  }
  render();
  refresh();
  setInterval(refresh, 500);
});
