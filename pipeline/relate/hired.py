"""Being taken on somewhere, with no title: "на работу в", "к работе в", "работы X в".

  invited, moved, taken on       "Хабиров был приглашён на работу в Кремль", "Сагитова,
                                 которого перевели на работу в мэрию Уфы", "Хантсмен
                                 поступил на работу в Белый дом"
  one's work somewhere           "продолжение работы Д.Мердока в BSkyB"; the one whose work
                                 it is named before it, in the nominative: "Аленичев принял
                                 решение о завершении работы в «Спартаке»"
  one's leaving an organisation  "причины ухода Р.Оззи из Microsoft", "отставку Маккаррика
                                 из Коллегии кардиналов"
The one who works there is the last name before "на работу" in its sentence, whether the
subject ("Хантсмен поступил") or the object ("Машкова пригласили") of the verb that
governs it: both name the one taken on. A town is no workplace ("на работу в Москву"), a
country is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pipeline.records import Mention, Token
from pipeline.relate.link_text import LinkText, within
from pipeline.relate.workplaces import next_name

WORK = frozenset({"работа", "служба"})
# leaving the organisation after "из": "ухода Р.Оззи из Microsoft"
LEAVING = frozenset({"уход", "отставка", "увольнение"})
TO_WORK = frozenset({"на", "к"})  # "на работу", "к работе"
IN = frozenset({"в", "во", "на"})
# words between the one taken on and "на работу": "Хабиров был приглашён", "Сагитова,
# которого в 2009 году перевели"
MAX_HOLDER_GAP = 6
# work sought, offered or lost there is none one does: "Петров искал работу в «Газпроме»"
NOT_DONE = frozenset({"искать", "предложить", "предлагать", "потерять", "лишиться", "не"})
DESCRIPTOR_POS = frozenset({"NOUN", "ADJF", "PRTF"})
MAX_DESCRIPTOR_WORDS = 2  # "на работу в городскую администрацию"


def hired_pairs(
    people: Sequence[Mention],
    sentences: Sequence[tuple[int, int]],
    linking: LinkText,
    is_country: Callable[[Mention], bool],
) -> list[tuple[Mention, Mention]]:
    """(person, organisation) pairs of one taken on to work there, or whose work there
    the text names ("работы Д.Мердока в BSkyB")."""
    found = []
    for start, end in sentences:
        words = linking.words(start, end)
        for index, word in enumerate(words[1:], 1):
            if word.lemma in LEAVING and word.pos == "NOUN":
                person = right_after(word, people, linking)
                name = None if person is None else place_left(person.end, linking)
                if person is not None and name is not None:
                    found.append((person, name))
                continue
            if word.lemma not in WORK or word.pos != "NOUN":
                continue
            if words[index - 1].lemma in TO_WORK:
                person = taken_on(words[index - 1], people, start, linking)
                offset = word.end
            else:
                person = right_after(word, people, linking)
                offset = person.end if person is not None else word.end
                if person is None:
                    person = subject_before(word, people, start, linking)
            name = None if person is None else place_of_work(offset, linking, is_country)
            if person is not None and name is not None:
                found.append((person, name))
    return found


def taken_on(
    preposition: Token, people: Sequence[Mention], start: int, linking: LinkText
) -> Mention | None:
    """The last name before "на работу" in its sentence, at most `MAX_HOLDER_GAP` words and
    no "не" between ("Петрова не взяли на работу")."""
    before = within(people, start, preposition.start)
    if not before:
        return None
    person = before[-1]
    words = linking.words(person.end, preposition.start)
    if len(words) > MAX_HOLDER_GAP or any(w.lemma == "не" for w in words):
        return None
    if any(c in linking.text[person.end : preposition.start] for c in ";:()–—"):
        return None
    return person


def subject_before(
    word: Token, people: Sequence[Mention], start: int, linking: LinkText
) -> Mention | None:
    """ "Роберт Лоуренс во время службы в ВВС", "Дик отдала службе в Скотленд-Ярде более 30
    лет": the name in the nominative before one's work, the last of its sentence, at most
    `MAX_HOLDER_GAP` words and no "не" between, nor a verb of seeking or offering (not
    "Петров искал работу в «Газпроме»"; "Петрову предложили" is no nominative)."""
    before = within(people, start, word.start)
    if not before or "nomn" not in linking.cases(before[-1]):
        return None
    words = linking.words(before[-1].end, word.start)
    if len(words) > MAX_HOLDER_GAP or any(w.lemma in NOT_DONE for w in words):
        return None
    return None if linking.broken(before[-1].end, word.start) else before[-1]


def right_after(word: Token, people: Sequence[Mention], linking: LinkText) -> Mention | None:
    """The name right after "работы" in the genitive: "продолжение работы Д.Мердока"."""
    following = within(people, word.end, word.end + 80)[:1]
    if not following or linking.words(word.end, following[0].start):
        return None
    person = following[0]
    if linking.text[word.end : person.start].strip() or "gent" not in linking.cases(person):
        return None
    return person


def place_of_work(
    offset: int, linking: LinkText, is_country: Callable[[Mention], bool]
) -> Mention | None:
    """The organisation after "в" or "на" right after `offset` ("на работу в Кремль", "в
    мэрию Уфы", at most two lower-case words before it), or a country; not a town."""
    name = name_after(offset, linking, lambda word: word.lemma in IN)
    return None if name is None or name.type != "ORG" and not is_country(name) else name


def place_left(offset: int, linking: LinkText) -> Mention | None:
    """The organisation after "из" right after `offset` ("ухода Р.Оззи из Microsoft", at
    most two lower-case words before it); not a place one leaves ("уход Петрова из
    Москвы")."""
    name = name_after(offset, linking, lambda word: word.text.lower() == "из")
    return None if name is None or name.type != "ORG" else name


def name_after(offset: int, linking: LinkText, opens: Callable[[Token], bool]) -> Mention | None:
    """The next name after `offset` with a preposition that `opens` right before it or
    before at most two lower-case words that describe it, no clause break between."""
    name = next_name(linking, offset)
    if name is None:
        return None
    words = linking.words(offset, name.start)
    if not words or not opens(words[0]) or len(words) > MAX_DESCRIPTOR_WORDS + 1:
        return None
    if not all(w.text.islower() and w.pos in DESCRIPTOR_POS for w in words[1:]):
        return None
    return None if linking.broken(offset, name.start) else name
