"""Where the shipped data lives: our gazetteers (package data `pipeline.gazetteers`, the
checkout's `gazetteers/` folder) and natasha's model files."""

from __future__ import annotations

import importlib.util
import os
import pickle
import tempfile
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path
from typing import TypeVar

Made = TypeVar("Made")


def gazetteer_folder() -> Path:
    """The folder of the shipped gazetteers, in a checkout and in an installed wheel alike
    (pyproject maps `gazetteers/` to the package `pipeline.gazetteers`)."""
    folder = files("pipeline.gazetteers")
    if not isinstance(folder, Path):
        raise RuntimeError(f"the gazetteers must be installed as files, not {folder!r}")
    return folder


def title_files() -> tuple[Path, ...]:
    return (gazetteer_folder() / "titles.tsv",)


def title_words_file() -> Path:
    return gazetteer_folder() / "title_words.tsv"


def gazetteer_files() -> tuple[Path, ...]:
    """The shipped gazetteers; later files refine earlier ones, and a user's own files
    (--gazetteer) come after them all."""
    folder = gazetteer_folder()
    # wikidata.tsv is generated from NEREL-train: the QIDs of the rows of the files before it
    names = ("places.tsv", "places_curated.tsv", "organisations_curated.tsv", "wikidata.tsv")
    return tuple(folder / name for name in names)


def wikidata_files() -> tuple[Path, ...]:
    """Gazetteers read only to link entities to Wikidata (entities.link), generated from
    NEREL-train: persons, and organisations and places the files above lack."""
    folder = gazetteer_folder()
    return (folder / "nerel_entities.tsv", folder / "persons.tsv")


def title_wikidata_file() -> Path:
    """Job titles and the Wikidata QIDs NEREL-train links them to (build_wikidata.py)."""
    return gazetteer_folder() / "title_wikidata.tsv"


def country_adjectives_file() -> Path:
    return gazetteer_folder() / "country_adjectives.tsv"


def diminutives_file() -> Path:
    """Short forms of first names and their full names (Саша: Александр), by hand."""
    return gazetteer_folder() / "diminutives.tsv"


def occupation_linker_file() -> Path:
    return gazetteer_folder() / "occupation_linker.tsv"


def workplace_linker_file() -> Path:
    """The learned workplace linker (gazetteers/build_workplace_linker.py)."""
    return gazetteer_folder() / "workplace_linker.tsv"


def title_filter_file() -> Path:
    """The learned filter of lone titles (gazetteers/build_title_filter.py)."""
    return gazetteer_folder() / "title_filter.tsv"


def natasha_data_dir() -> Path:
    """natasha's bundled model folder, found without importing natasha.

    Importing natasha pulls in pymorphy2, which breaks on Python 3.12+; the model
    files inside its wheel are all we need from it.
    """
    spec = importlib.util.find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("natasha is not installed: its wheel carries the NER model")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def ner_model_file() -> Path:
    """slovnet's news NER model, inside natasha's wheel."""
    return natasha_data_dir() / "model/slovnet_ner_news_v1.tar"


def navec_file() -> Path:
    """The navec embeddings the NER model was trained with, inside natasha's wheel."""
    return natasha_data_dir() / "emb/navec_news_v1_1B_250K_300d_100q.tar"


def cache_folder() -> Path | None:
    """Where indexes built from the shipped data are kept between runs
    ($XDG_CACHE_HOME/ru-occupations), or None when RU_OCCUPATIONS_NO_CACHE is set."""
    if os.environ.get("RU_OCCUPATIONS_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "ru-occupations"


def store_in_cache(path: Path, write: Callable[[Path], object]) -> None:
    """Write a cache file atomically through `write(temporary path)`: a reader never sees
    half of one; a folder that cannot be written is no error and leaves nothing behind."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        os.close(handle)
        temporary = Path(name)
        write(temporary)
        os.replace(temporary, path)
    except OSError:
        if temporary is not None:
            temporary.unlink(missing_ok=True)


def kept_in_cache(name: str, make: Callable[[], Made], kind: type, cache: Path | None) -> Made:
    """What `make` returns, kept as `name` in the `cache` folder (None: made every time)
    and read back from there while it is a `kind`; a damaged file is made again."""
    path = cache / name if cache is not None else None
    if path is not None and path.is_file():
        try:
            found = pickle.loads(path.read_bytes())
            if isinstance(found, kind):
                return found  # type: ignore[return-value]
        except Exception:  # noqa: BLE001 - damaged, or pickled by another layout: made again
            pass
    made = make()
    if path is not None:
        data = pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL)
        store_in_cache(path, lambda temporary: temporary.write_bytes(data))
    return made
