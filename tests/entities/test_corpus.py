import pytest

from pipeline import across_documents, extract_many
from pipeline.entities.corpus import CorpusEntity, Key, Tally, corpus_ids


def ids_of(names: list[str]) -> dict[str, str]:
    """The corpus_id of each person's name of a run, the first named most often."""
    counts = {Key("PER", name): len(names) - i for i, name in enumerate(names)}
    return {key.canonical: corpus_id for key, corpus_id in corpus_ids(counts).items()}


def same_ids(names: list[str], pairs: list[tuple[str, str]]) -> list[bool]:
    """Whether each pair of names of a run (`ids_of`) has one corpus_id."""
    ids = ids_of(names)
    return [ids[a] == ids[b] for a, b in pairs]


@pytest.mark.parametrize(
    ("names", "together", "apart"),
    [
        # a first name and patronymic join the one full name that has them both
        (
            ["Роман Аркадьевич Абрамович", "Роман Аркадьевич", "Роман Селезнёв"],
            [("Роман Аркадьевич", "Роман Аркадьевич Абрамович")],
            [("Роман Селезнёв", "Роман Аркадьевич Абрамович")],
        ),
        # ... never a full name of another surname through it, whoever is named more
        (
            ["Роман Аркадьевич", "Роман Аркадьевич Абрамович", "Роман Абрамович", "Роман Селезнёв"],
            [("Роман Аркадьевич", "Роман Аркадьевич Абрамович")],
            [("Роман Селезнёв", "Роман Аркадьевич"), ("Роман Селезнёв", "Роман Абрамович")],
        ),
        # a full name with no patronymic may be another Роман: it takes none
        (
            ["Роман Аркадьевич", "Роман Абрамович"],
            [],
            [("Роман Абрамович", "Роман Аркадьевич")],
        ),
        (
            ["Евгений Юрьевич", "Евгений Тимаков"],
            [],
            [("Евгений Тимаков", "Евгений Юрьевич")],
        ),
        # two full names with that first name and patronymic: neither's
        (
            ["Роман Аркадьевич", "Роман Аркадьевич Абрамович", "Роман Аркадьевич Петров"],
            [],
            [
                ("Роман Аркадьевич", "Роман Аркадьевич Абрамович"),
                ("Роман Аркадьевич", "Роман Аркадьевич Петров"),
            ],
        ),
        # a surname that ends as patronymics do ("Лукашевич") gathers no namesakes
        (
            ["Александр Лукашевич", "Александр Матвиенко", "Александр Невский"],
            [],
            [
                ("Александр Матвиенко", "Александр Лукашевич"),
                ("Александр Невский", "Александр Лукашевич"),
                ("Александр Невский", "Александр Матвиенко"),
            ],
        ),
        # a surname that ends as patronymics do, by the dictionary no patronymic, is read
        # as the surname it is: the full name and the lone surname join the fuller name
        (
            ["Аркадий Владимирович Дворкович", "Аркадий Дворкович", "Дворкович"],
            [
                ("Аркадий Дворкович", "Аркадий Владимирович Дворкович"),
                ("Дворкович", "Аркадий Дворкович"),
            ],
            [],
        ),
        (
            ["Виктор Янукович", "Янукович", "Виктор Фёдорович"],
            [("Янукович", "Виктор Янукович")],
            [("Виктор Фёдорович", "Виктор Янукович")],
        ),
        # a full name still joins the one of its surname it can be
        (
            ["Борис Николаевич Ельцин", "Борис Ельцин", "Б. Ельцин"],
            [("Борис Ельцин", "Борис Николаевич Ельцин"), ("Б. Ельцин", "Борис Ельцин")],
            [],
        ),
    ],
)
def test_a_partial_name_joins_only_the_one_person_it_can_be(names, together, apart):
    assert same_ids(names, together) == [True] * len(together)
    assert same_ids(names, apart) == [False] * len(apart)


def test_a_first_name_and_patronymic_of_one_document_make_no_namesake_of_another(resources):
    """Four news items: "Роман Аркадьевич" is Роман Аркадьевич Абрамович, and the hacker
    Роман Селезнёв is nobody else."""
    texts = [
        ("a", "Владелец «Челси» Роман Абрамович купил новую яхту. Абрамович доволен покупкой."),
        ("b", "Вчера Роман Аркадьевич Абрамович посетил матч в Лондоне."),
        ("c", "На трибуне Роман Аркадьевич долго аплодировал игрокам."),
        ("d", "Хакер Роман Селезнёв осуждён в США на 27 лет."),
    ]
    docs, _ = across_documents(extract_many(texts, resources=resources))
    ids = {e.canonical: e.corpus_id for d in docs for e in d.entities if e.type == "PER"}
    assert ids["Роман Аркадьевич"] == ids["Роман Аркадьевич Абрамович"]
    others = {ids[name] for name in ids if name != "Роман Селезнёв"}
    assert ids["Роман Селезнёв"] not in others


@pytest.mark.parametrize(
    ("names", "together", "apart"),
    [
        # a first name and a surname a hyphen joined are that person
        (["Асия Биби", "Азия-Биби"], [("Азия-Биби", "Асия Биби")], []),
        # ...but a hyphenated surname alone stays the surname it is
        (
            ["Мигель Диас-Канель", "Диас-Канель", "Мигель Диас"],
            [("Диас-Канель", "Мигель Диас-Канель")],
            [("Мигель Диас", "Мигель Диас-Канель")],
        ),
        # a surname's generation is read apart, and the other generation is another person
        (
            ["Роберт Генри Лоуренс-младший", "Роберт Лоуренс", "Лоуренс-младший"],
            [
                ("Роберт Лоуренс", "Роберт Генри Лоуренс-младший"),
                ("Лоуренс-младший", "Роберт Лоуренс"),
            ],
            [],
        ),
        (
            ["Джордж Буш-старший", "Джордж Уокер Буш-младший", "Буш-младший"],
            [("Буш-младший", "Джордж Уокер Буш-младший")],
            [("Джордж Уокер Буш-младший", "Джордж Буш-старший")],
        ),
    ],
)
def test_hyphenated_names_across_documents(names, together, apart):
    assert same_ids(names, together) == [True] * len(together)
    assert same_ids(names, apart) == [False] * len(apart)


def test_e_and_its_hard_spelling_are_one_person_across_documents():
    ids = ids_of(["Тереза Мэй", "Тереза Мей", "Мей", "Тереза Май"])
    assert ids["Тереза Мей"] == ids["Мей"] == ids["Тереза Мэй"] != ids["Тереза Май"]


def test_corpus_entities_of_one_key_and_of_several_keys_alike():
    """A group of several keys (a lone surname joins the full name it fits) sums its counts;
    a group of one key, in one document or in two, is read off its own; titles are none."""
    tally = Tally()
    tally.add("d1", ("PER", "Владимир Путин", "Q7747", ""), "", 3, ["президент"])
    tally.add("d1", ("ORG", "Газпром", "", ""), "org-gazprom", 1, [])
    tally.add("d1", ("TITLE", "президент", "", ""), "", 1, [])
    tally.add("d2", ("PER", "Путин", "", ""), "", 1, ["президент", "глава государства"])
    tally.add("d2", ("ORG", "Газпром", "", ""), "org-gazprom", 2, [])
    tally.add("d2", ("PER", "Алексей Миллер", "", ""), "per-miller", 1, ["глава"])
    assert tally.entities(tally.identities()) == [
        CorpusEntity(
            "Q7747", "PER", "Владимир Путин", "Q7747", "", 2, 4, ("президент", "глава государства")
        ),
        CorpusEntity("ORG:газпром", "ORG", "Газпром", "", "org-gazprom", 2, 3, ()),
        CorpusEntity(
            "PER:алексей миллер", "PER", "Алексей Миллер", "", "per-miller", 1, 1, ("глава",)
        ),
    ]
