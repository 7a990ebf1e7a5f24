"""The verbs that say where someone works: heading an organisation (its object, "возглавляет
Газпром") and working in one (after "в" or "на": "работал в HSBC"). The occupation links read
them (`relate/untitled.py`), and so does the title stage, for a body they name in lower case
(`titles/bodies.py`: "возглавил башкирскую администрацию")."""

# ruling a country, commanding a force, coaching a club: "Салех правил Йеменом", "Петреус
# командовал контингентом НАТО", "Веркотерен тренировал «Генк»"
HEADING = frozenset(
    {"возглавлять", "возглавить", "руководить", "управлять", "заведовать", "править",
     "командовать", "тренировать"}
)  # fmt: skip
WORKING = frozenset(
    {"работать", "проработать", "поработать", "трудиться", "служить", "преподавать"}
)
# where working verbs name the workplace: "работал в HSBC", "трудился на заводе"
IN = frozenset({"в", "во", "на"})
