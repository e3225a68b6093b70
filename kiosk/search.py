"""Catalog search: words in the title, summary and keywords, in every language, as you type.

An in-memory SQLite FTS5 index. Text is folded the same way in the index and the query:
case (unicode61 does that), ё→е and й→и (which unicode61 does not), and the Kazakh letters to
their nearest Russian ones (ә→а, қ→к, ...), so a visitor who types "казак" finds "қазақ".
The last word typed matches as a prefix, so results update with every key.
"""

from __future__ import annotations

import re
import sqlite3

from kiosk.catalog import Catalog

_FOLD = str.maketrans(
    {
        "ё": "е",
        "й": "и",
        "ә": "а",
        "ғ": "г",
        "қ": "к",
        "ң": "н",
        "ө": "о",
        "ұ": "у",
        "ү": "у",
        "һ": "х",
        "і": "и",
    }
)
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_QUERY = 200


def fold(text: str) -> str:
    return text.casefold().translate(_FOLD)


def fts_query(text: str) -> str | None:
    """The FTS5 MATCH expression for what the visitor typed, or None when there is no word."""
    words = _WORD.findall(fold(text[:MAX_QUERY]).replace("_", " "))
    if not words:
        return None
    return " ".join(f'"{_stem(w)}"*' for w in words[:12])


def _stem(word: str) -> str:
    """A light stem for long words, so inflected forms meet: "ребенок" and "ребенка" both
    become "ребен*", "балабакшага" finds "балабакша". Short words stay whole."""
    return word[:-2] if len(word) >= 6 else word


class SearchIndex:
    def __init__(self, catalog: Catalog) -> None:
        self.conn = sqlite3.connect(":memory:", check_same_thread=False)
        self.conn.execute(
            "CREATE VIRTUAL TABLE doc USING fts5(service_id UNINDEXED, title, "
            "summary, keywords, tokenize = 'unicode61 remove_diacritics 0')"
        )
        rows = []
        for service in catalog.services:
            for lang in catalog.languages:
                rows.append(
                    (
                        service.id,
                        fold((service.title or {}).get(lang, "")),
                        fold((service.summary or {}).get(lang, "")),
                        fold((service.keywords or {}).get(lang, "")),
                    )
                )
        self.conn.executemany("INSERT INTO doc VALUES (?, ?, ?, ?)", rows)
        self.order = {s.id: i for i, s in enumerate(catalog.services)}

    def search(self, text: str, limit: int = 50) -> list[str]:
        """Service ids matching `text`, best first (title hits weigh most)."""
        query = fts_query(text)
        if query is None:
            return []
        rows = self.conn.execute(
            "SELECT service_id FROM doc WHERE doc MATCH ? "
            "ORDER BY bm25(doc, 0, 10.0, 3.0, 5.0) LIMIT ?",
            (query, limit * 3),
        )
        found: dict[str, None] = {}
        for (service_id,) in rows:
            found.setdefault(service_id, None)
        return list(found)[:limit]

    def close(self) -> None:
        self.conn.close()
