"""Generated test data: a large three-language catalog, a 40-field form, valid answers."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from typing import Any

import assets
from kiosk.catalog import Catalog, Field, Form, parse_catalog
from kiosk.sealing import ALG, b64u_encode

SEED = 20261123
LANGS = ("kk", "ru", "en")

VOCAB = {
    "kk": (
        "әлеуметтік көмек тұрғын үй жер учаскесі балабақша кезек анықтама тіркеу неке туу "
        "куәлік мұрағат өтініш жәрдемақы азамат отбасы білім денсаулық зейнетақы мүгедектік "
        "құрылыс рұқсат мекенжай беру тағайындау қаражат өтемақы көпбалалы ана бала мектеп "
        "тамақтану лагерь ауыл маман қолдау ветеринариялық паспорт лицензия жекешелендіру "
        "салық кәсіпкерлік көлік жұмыс орын жастар спорт мәдениет қоғамдық тәртіп жол "
        "жарық су жылу газ кәріз ағаш егу шағым ұсыныс қабылдау әкім бюджет жоба"
    ),
    "ru": (
        "социальная помощь жилище земельный участок детский сад очередь справка регистрация "
        "брак рождение свидетельство архив заявление пособие гражданин семья образование "
        "здоровье пенсия инвалидность строительство разрешение адрес выдача назначение "
        "средства компенсация многодетная мать ребёнок школа питание лагерь село специалист "
        "поддержка ветеринарный паспорт лицензия приватизация налог предпринимательство "
        "транспорт работа место молодёжь спорт культура общественный порядок дорога свет "
        "вода тепло газ канализация дерево посадка жалоба предложение приём аким бюджет "
        "проект йод ёлка"
    ),
    "en": (
        "social assistance housing land plot kindergarten queue certificate registration "
        "marriage birth archive application allowance citizen family education health "
        "pension disability construction permit address issue grant funds compensation "
        "large mother child school meals camp village specialist support veterinary "
        "passport license privatization tax business transport job youth sport culture "
        "public order road lighting water heating gas sewer tree planting complaint idea "
        "reception akim budget project"
    ),
}


def _words(rng: random.Random, lang: str, low: int, high: int) -> str:
    return " ".join(rng.choice(VOCAB_LISTS[lang]) for _ in range(rng.randint(low, high)))


VOCAB_LISTS = {lang: text.split() for lang, text in VOCAB.items()}


def search_catalog_doc(services: int = 5000, seed: int = SEED) -> dict[str, Any]:
    """A catalog of `services` info services with titles, summaries, keywords in kk/ru/en."""
    rng = random.Random(seed)
    categories = [
        {"id": f"cat-{i}", "title": {lang: _words(rng, lang, 1, 2) for lang in LANGS}}
        for i in range(20)
    ]
    items = []
    for i in range(services):
        items.append(
            {
                "id": f"svc-{i:05d}",
                "category": f"cat-{i % 20}",
                "kind": "info",
                "title": {lang: _words(rng, lang, 2, 5).capitalize() for lang in LANGS},
                "summary": {lang: _words(rng, lang, 6, 14) for lang in LANGS},
                "keywords": {lang: _words(rng, lang, 3, 6) for lang in LANGS},
            }
        )
    return {
        "format": "kiosk-catalog/1",
        "version": f"bench-{services}",
        "languages": list(LANGS),
        "default_language": "kk",
        "categories": categories,
        "services": items,
    }


def typed_queries(count: int, seed: int = SEED + 1) -> list[str]:
    """What visitors type: one or two catalog words, in any language, some in capitals."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        lang = LANGS[i % 3]
        words = [rng.choice(VOCAB_LISTS[lang]) for _ in range(rng.choice((1, 1, 2)))]
        text = " ".join(words)
        out.append(text.upper() if i % 7 == 0 else text)
    return out


def _text(words: str) -> dict[str, str]:
    return dict.fromkeys(LANGS, words)


FIELD_CYCLE = (
    "text",
    "select",
    "date",
    "number",
    "phone",
    "textarea",
    "checkbox",
    "email",
    "multiselect",
    "iin",
)


def big_form_doc(fields: int = 40) -> dict[str, Any]:
    """One step of `fields` fields of every type, each with a label and a help text."""
    items = []
    for i in range(fields):
        ftype = FIELD_CYCLE[i % len(FIELD_CYCLE)]
        item: dict[str, Any] = {
            "id": f"f{i:02d}",
            "type": ftype,
            "required": ftype != "checkbox",
            "label": {
                "kk": f"Өріс {i}: өтініш берушінің мәліметі",
                "ru": f"Поле {i}: сведения",
                "en": f"Field {i}: applicant details",
            },
            "help": _text("Құжаттағыдай толтырыңыз / как в документе / as in the document"),
        }
        if ftype in ("select", "multiselect"):
            item["options"] = [{"value": f"o{k}", "label": _text(f"Нұсқа {k}")} for k in range(6)]
        if ftype == "number":
            item.update(min=0, max=1000)
        if ftype == "date":
            item.update(min="1900-01-01", max="today")
        items.append(item)
    return {"version": "1", "steps": [{"title": _text("Барлық мәліметтер"), "fields": items}]}


def with_key(doc: dict[str, Any], public_key: bytes, kid: str = "bench") -> dict[str, Any]:
    doc = dict(doc)
    doc["encryption_key"] = {"kid": kid, "alg": ALG, "public_key": b64u_encode(public_key)}
    return doc


def demo_doc() -> dict[str, Any]:
    return json.loads(assets.demo_catalog_path().read_text(encoding="utf-8"))


def demo_with_big_form(public_key: bytes) -> Catalog:
    """The demo catalog plus a service whose form is one step of 40 fields."""
    doc = demo_doc()
    first = doc["services"][0]
    doc["services"].append(
        {
            "id": "bench-40-fields",
            "category": first["category"],
            "kind": "application",
            "title": _text("Қырық өрісті өтініш"),
            "summary": _text("Бенчмарк үшін үлкен форма"),
            "details": first.get("details") or {},
            "form": big_form_doc(40),
        }
    )
    return parse_catalog(with_key(doc, public_key))


def answer_for(f: Field, today: date) -> Any:
    if f.type in ("text", "textarea"):
        base = "Сәуле Қасымқызы Әбенова" if f.type == "text" else "Қазақ тілінде жазылған мәтін. "
        need = max(f.min_length or 0, len(base))
        return (base * (need // len(base) + 1))[: max(need, len(base))][: f.max_length or None]
    if f.type == "number":
        return f.min if f.min is not None else 1
    if f.type == "date":
        low = today - timedelta(days=400) if f.min is None or f.min == "today" else None
        if f.min == "today":
            return today.isoformat()
        return (low or date.fromisoformat(f.min)).isoformat()
    if f.type == "select":
        return f.options[0].value
    if f.type == "multiselect":
        return [o.value for o in f.options[: max(1, f.min_items or 1)]]
    if f.type == "checkbox":
        return True
    if f.type == "phone":
        return "+7 701 123 45 67"
    if f.type == "email":
        return "sauele@example.kz"
    if f.type == "iin":
        return "900101300007"
    raise ValueError(f.type)


def answers_for(form: Form, today: date) -> dict[str, Any]:
    """Answers a visitor could give: every field filled with a valid value (no patterns)."""
    return {f.id: answer_for(f, today) for f in form.fields() if f.pattern is None}
