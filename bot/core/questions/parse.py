"""Reading one question: what it asks (topic, intent, yes/no), which season, and the words that
may name a show.

People type "when does one piece s2 come out", "is the order cancelled or nah", "season two of
imperfects??", "nice one bot". Season mentions are cut out of the words (and leave a break, so no
title is matched across them); small talk is told apart from questions before any title is
looked up, so it never gets "did you mean" guesses.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from dataclasses import dataclass

from bot.core.questions.seasons import SeasonRef, find_seasons
from bot.core.questions.topics import (
    Intent,
    Predicate,
    Reading,
    Topic,
    asks_about_person,
    asks_something,
    genre_asked_last,
    intent_of,
    network_asked_last,
    networks_named,
    read,
)
from bot.core.questions.vocabulary import (
    ABBREVIATIONS,
    CHITCHAT_WORDS,
    FUNCTION_WORDS,
    NETWORKS,
    QUESTION_OPENERS,
    RESPELLER,
    WH_WORDS,
    spelled_out,
)
from bot.core.text import and_initials, fold, visible

MAX_QUESTION_CHARS = 500
"""Longer input is refused: no real question needs it and it only costs time."""


class QuestionTooLong(ValueError):
    """The question is longer than `MAX_QUESTION_CHARS`."""

    def __init__(self, length: int) -> None:
        super().__init__(
            f"That question is {length} characters long; please keep it under "
            f"{MAX_QUESTION_CHARS} characters, e.g. 'will there be a season 2 of The Imperfects?'"
        )
        self.length = length


@dataclass(frozen=True, slots=True)
class Question:
    text: str
    words: tuple[str | None, ...]
    """Folded words; None where a season mention was cut out."""
    topic: Topic
    season: int | None
    asks_about_person: bool = False
    predicate: Predicate | None = None
    """For a yes/no question: the fact it asks to confirm."""
    network: str | None = None
    """The network a yes/no question names ("is it on netflix")."""
    either_or: bool = False
    wh: bool = False
    season_ref: SeasonRef | None = None
    small_talk: bool = False
    """'thanks!', 'nice one bot': answered with help, unless it is exactly a popular title."""
    asked: tuple[int, int] | None = None
    """Where the question sentences stand among `words` (start, end), when the message also
    tells a story around them ("reign check on movie night. is copper good?"); else None."""
    asked_marked: bool = False
    """Whether a question mark ends the question sentence: without one ("... lol. how many
    seasons did it run for") an everyday word in it ("run") is no title to prefer."""

    @property
    def asks_nothing(self) -> bool:
        """Whether the message asks nothing: no topic, no yes/no, no season, no question mark,
        no word that opens a question or compares ("this bot is evil lmao")."""
        said = [w for w in self.words if w is not None]
        return (
            self.topic is Topic.STATUS
            and bool(said)
            and said[0] not in QUESTION_OPENERS
            and _COMPARING.isdisjoint(said)
            and self.predicate is None
            and self.season is None
            and self.season_ref is None
            and not self.wh
            and "?" not in self.text
            and not _CONFIRMING.search(self.text.casefold())
        )

    @property
    def chats(self) -> bool:
        """Whether the message may be chat: it asks nothing, and no clause of it opens as a
        question either ("born again fan of miss fisher here lol, *did it end* for good")."""
        return self.asks_nothing and not _CLAUSE_ASKS.search(self.text.lower())

    @property
    def asks_for_pick(self) -> bool:
        """Whether the message asks for a pick the bot cannot make ("not going out tonight so
        what should i watch lol"), not for a fact of a show."""
        return bool(_RECOMMENDING.search(fold(self.text)))

    @property
    def ends_asking_for_pick(self) -> bool:
        """Whether the message ends with a request for a pick ("finished not going out tonight
        so what should i watch lol"): whatever show it names, it asks for none of its facts."""
        lowered = self.text.casefold()
        if not any(cue in lowered for cue in _PICK_CUES):
            return False  # the common case, told without folding
        folded = fold(self.text)
        found = _RECOMMENDING.search(folded)
        return found is not None and found.end() == len(folded)

    @property
    def doubts_the_title(self) -> bool:
        """Whether the asker doubts the show exists as they name it ("the wilds of alaska, is
        that a real show?", "... or am i thinking of the 90s one"): a title only close to
        theirs is no answer then."""
        return bool(_DOUBTED.search(visible(self.text).casefold()))

    @property
    def about_the_bot(self) -> bool:
        """Whether the message talks about the bot itself and asks no fact ("whats the motive
        behind this bot being so slow lol", "can you reboot yourself bot, you're slow af")."""
        said = [w for w in self.words if w is not None]
        return (
            self.topic is Topic.STATUS
            and self.predicate is None
            and self.season is None
            and not _BOT.isdisjoint(said)
            and (
                not _TO_YOU.isdisjoint(said)
                or any(a in _TO_THE_BOT and b in _BOT for a, b in itertools.pairwise(said))
            )
        )

    def chat_beside(self, start: int, end: int) -> bool:
        """Whether the words around `words[start:end]` (what may be a title) are small talk
        ("good morning *friends* ☀️", "*heroes* who answer my questions at 3am 🙏"): a word of
        small talk, or an emoji, which fans add to chat rather than to a title."""
        around = [w for i, w in enumerate(self.words) if w is not None and not start <= i < end]
        small_talk = (w for w in around if w in CHITCHAT_WORDS and w not in QUESTION_OPENERS)
        return any(w not in _ASKING for w in small_talk) or bool(_EMOJI.search(self.text))

    @property
    def intent(self) -> Intent:
        return intent_of(self.topic)

    @property
    def content_words(self) -> tuple[str, ...]:
        """Words that are not question words: what could name a show or a person."""
        return tuple(w for w in self.words if w is not None and w not in FUNCTION_WORDS)

    def about(self, topic: Topic) -> Question:
        """The same question with another topic (a slash command's own)."""
        return Question(
            self.text,
            self.words,
            topic,
            self.season,
            season_ref=self.season_ref,
        )


_RECOMMENDING = re.compile(
    r"\bwhat (?:should|shall|can|could|do|would) (?:i|we|you|u) (?:watch|binge|start)"
    r"(?: next| tonight| now)?(?: lol| lmao| pls| please)*$"
    r"|\bany (?:suggestions|recs|recommendations)\b"
    r"|\banything (?:good |new )?(?:on|to watch)(?: \w+)?(?: tonight| rn| right now| now)?\??$"
    r"|\b(?:need|want|looking for) (?:a |some )?(?:new |good )?(?:show|shows|series|something)"
    r" to (?:watch|binge)\b"
)
"""A request for a pick ("not going out tonight so what should i watch lol"): no show's fact."""
_PICK_CUES = ("watch", "binge", "start", "suggestion", "rec", "anything")
"""Words without which no message asks for a pick (`_RECOMMENDING`)."""
_TO_THE_BOT = frozenset({"this", "the", "you", "ur", "your", "dear", "stupid", "dumb"})
_BOT = frozenset({"bot", "showbot"})
_TO_YOU = frozenset({"yourself", "youre", "your", "ur", "yours"})
_ASKING = frozenset({"how", "hows", "what", "whats"})
"""Small-talk words that also ask ("hows it going", "sin senos si hay paraiso *how* many")."""
_CLAUSE_ASKS = re.compile(
    r"[,;:]\s*(?:is|are|was|were|did|does|do|will|has|have|when|what|whats|who|whos|how|why"
    r"|where|which)\b"
)
"""A clause after a comma that opens as a question ("born again fan here lol, *did it end*")."""
_EMOJI = re.compile("[\u2600-\u27bf\U0001f300-\U0001faff]")

_CONFIRMING = re.compile(
    r"\b(?:is|was|are|were)\b.*(?:,|\b(?:thing|show|one|series|drama|comedy|sitcom|doc|anime"
    r"|cartoon|each|long))\s*(?:right|innit|correct|yeah|isn'?t it|wasn'?t it)\W*$"
)
"""A statement with a tag that asks to confirm what the show is: "steal this house is a diy
*thing right*", "..., right?" (not "my sister is always right")."""
_COMPARING = frozenset({"which", "or", "vs", "versus"})
"""Words of a comparison, which asks something wherever it stands ("stalker or motive, which")."""

_HELP = re.compile(
    r"(?:help|commands|usage|how (?:do i|to|do you|can i|should i) (?:use|ask|talk to|work)"
    r"(?: (?:this|the|you|showbot|it|u))?(?: bot)?(?: \w+)?"
    r"|(?:so )?what can (?:you|this bot|the bot|u|this thing|it)(?: actually| even| really)? do"
    r"(?: (?:besides|other than|except|apart from|beyond) .*)?"
    r"|(?:(?:hello|hi|hey|yo|um|uh) )*(?:is )?(?:anyone|anybody|someone|somebody)"
    r" (?:home|here|there|around|awake|alive|on)"
    r"|what do you do|how does (?:this|it|the bot) work"
    r"|what are you|who are you|what is this bot|whats this bot"
    r"|is (?:this|this thing|this bot|the bot|anyone|anybody) (?:on|working|alive|awake|here))"
)
"""A request for help, as the whole message ("!help", "what can you do")."""
_HOW_TO_ASK = re.compile(
    r"\bhow (?:do|can|should) (?:i|we|u) (?:ask|use|talk to) (?:you|u|this bot|the bot|showbot)"
    r"(?: about (?:a |any )?(?:show|shows|series|something|stuff|things))?(?: and|$)"
    r"|\b(?:can|could|may) (?:i|we|u) ask (?:you |u )?(?:about )?"
    r"(?:two|2|three|several|multiple|many|more than one|a few) (?:shows|series|things|questions)\b"
)
"""A question on how to ask, anywhere in the message ("how do i ask you about a show, do i just
type the name?", "can i ask about two shows at once"); not "how do i ask you about dark", which
names what it asks about."""


_LIST = re.compile(r"\s*[,;/]\s+|\s+[,;/]\s*")
"""A comma (or slash) between words, which lists titles as "and" does."""


def parse_question(text: str) -> Question:
    """Read a question; raises QuestionTooLong for input no person would type as one question."""
    if len(text) > MAX_QUESTION_CHARS:
        raise QuestionTooLong(len(text))
    # "banshee, the expanse and lucifer": a comma lists titles as "and" does
    listed = _LIST.sub(" and ", and_initials(visible(text), keep=NETWORKS))
    folded = _respelled(listed)
    sentences = _sentences(listed)
    # No title runs on from one sentence into the next: "the wonder years? *my* mom ..."
    seasons = find_seasons(" | ".join(_respelled(s) for s in sentences))
    words = tuple(None if w == "|" else w for w in seasons.text.split())
    asked, marked, question_text = _asked(sentences, len(words))
    if asked is None and len(sentences) == 1:
        asked, question_text = _before_a_remark(visible(text), len(words))
    if _HELP.fullmatch(folded) or _HOW_TO_ASK.search(folded):
        return Question(text, words, Topic.HELP, None)
    spelled = spelled_out(folded)
    own_words = _respelled(question_text) if question_text else ""
    reading = _read_asked(folded, own_words)
    reading = _network_confirmed(reading, text)
    reading = _network_asked(reading, folded, text)
    reading = _genre_asked(reading, folded, text, own_words)
    reading = _good_asked(reading, text)
    if question_text:
        own_seasons = find_seasons(own_words)
        if own_seasons.number is not None or own_seasons.ref is not None:
            # "human target season 3 ever?? that season 2 ending left us hanging": the
            # season asked, not the story's
            seasons = dataclasses.replace(seasons, number=own_seasons.number, ref=own_seasons.ref)
    if seasons.number is None and seasons.ref is None and _small_talk(words, reading):
        return Question(text, words, Topic.HELP, None, small_talk=True)
    return Question(
        text=text,
        words=words,
        topic=reading.topic,
        season=seasons.number,
        asks_about_person=asks_about_person(spelled),
        predicate=reading.predicate,
        network=reading.network,
        either_or=reading.either_or,
        wh=reading.wh,
        season_ref=seasons.ref,
        asked=asked,
        asked_marked=marked,
    )


_REASON_GIVEN = re.compile(r"\s(?:because|cause|cuz|coz|since) .*$")


def _read_asked(folded: str, own_words: str) -> Reading:
    """What the message asks; with `own_words`, the words of its question sentences ("the end
    of day break made me so mad. *is there a second season*"), read from those, not from the
    story around them, when they ask something."""
    reading = read(spelled_out(folded))
    if own_words:
        # "... if netflix is making a second season *because the ending left a lot open*":
        # the asker's reason, not what is asked
        own_words = _REASON_GIVEN.sub("", own_words).strip() or own_words
        own = read(spelled_out(own_words))
        if own.topic is Topic.PREMIERE and reading.topic is Topic.FINALE:
            return reading  # "yelling at the blacklist finale lol *when did it air*"
        if own.topic is Topic.RECEPTION and reading.topic in _MEASURES and own.predicate:
            # "did it do well on netflix? like viewership wise": the remark says the measure
            return dataclasses.replace(own, topic=reading.topic)
        opener = own_words.split()[0] in QUESTION_OPENERS
        if own.topic is not Topic.STATUS or own.predicate is not None or own.wh or opener:
            return own
    return reading


def _good_asked(reading: Reading, text: str) -> Reading:
    """A sentence of a few words that ends in "good?" asks whether the show was well received,
    a yes or no: "box 21 good? the swedish one", "midnight sun, the swedish one. good?"; not
    "sounds good"."""
    if reading.topic is not Topic.STATUS or reading.predicate is not None:
        return reading
    if _GOOD_ASKED.search(visible(text).casefold()) is None:
        return reading
    return dataclasses.replace(reading, topic=Topic.RECEPTION, predicate=Predicate.WELL_RECEIVED)


_GOOD_ASKED = re.compile(r"(?:^|[.!?]\s*)(?:[^\s.!?]+\s+){0,4}(?:any\s+)?good\s*\?")


def _network_asked(reading: Reading, folded: str, text: str) -> Reading:
    """A message that ends on a network and a question mark asks whether the show is there:
    "schulz saves america on netflix?"; one that asks whether it is "on there" asks of the one
    network it names: "netflix is all i got, is mr iglesias on there"."""
    if reading.topic not in (Topic.STATUS, Topic.CARD) or reading.predicate is not None:
        return reading
    network = network_asked_last(folded) if _ends_asking(text) else None
    if network is None and _ON_THERE.search(folded):
        named = networks_named(folded)
        network = next(iter(named)) if len(named) == 1 else None
    if network is None:
        return reading
    return Reading(Topic.NETWORK, Predicate.ON_NETWORK, network)


_DOUBTED = re.compile(
    r"\bis (?:that|it|this) (?:even )?(?:a )?real (?:show|series|thing)\b"
    r"|\bis (?:that|it|this) (?:even )?real\s*\?(?!\s*or\b)"
    r"|\b(?:does|did) (?:that|it|this) (?:show )?(?:even )?exist\s*\?"
    r"|\bam i (?:thinking of|mixing|confusing|making (?:that|it|this) up|imagining)"
)
"""A doubt about the show itself, not about what is in it: "is that a real show?", "or am i
thinking of ..."; not "is it real or scripted", "is that a real town"."""
_ON_THERE = re.compile(r"\bon there(?: (?:tho|though|too|rn|now|yet|lol))?\W*$")


def _network_confirmed(reading: Reading, text: str) -> Reading:
    """ "what channel was that on, channel 4?": a network guessed after asking which network is
    asked to confirm."""
    if reading.topic is not Topic.NETWORK or reading.predicate is not None:
        return reading
    guess = _network_guessed(text)
    return Reading(Topic.NETWORK, Predicate.ON_NETWORK, guess) if guess else reading


def _network_guessed(text: str) -> str | None:
    """The network a message's last clause only names, with a question mark ("..., channel 4?",
    "..., on hbo right?"), after a clause that asks which network."""
    head, comma, tail = text.rpartition(",")
    if not comma or WH_WORDS.isdisjoint(fold(head).split()) or not _ends_asking(tail):
        return None
    said = fold(tail).split()
    while said and said[-1] in _GUESS_TAGS:
        said.pop()
    if said[:1] == ["on"]:
        said = said[1:]
    return NETWORKS.get(" ".join(said)) if said else None


_GUESS_TAGS = frozenset({"right", "maybe", "perhaps", "yeah", "no", "or", "what", "i", "think"})


def _ends_asking(text: str) -> bool:
    """Whether a message ends with a question mark, before any emoji or "!" after it, or with
    Turkish's question word ("arıza action dizisi *mi*")."""
    end = len(text)
    while end and not text[end - 1].isalnum() and text[end - 1] != "?":
        end -= 1
    return end > 0 and (text[end - 1] == "?" or text[:end].casefold().endswith((" mi", " mı")))


def _genre_asked(reading: Reading, folded: str, text: str, own_words: str) -> Reading:
    """A message, or its question, that ends on a genre and a question mark asks whether the
    show is one: "mind over murder, true crime?", "back roads, is that a travel show?",
    "equator from the air, nature doc? my dad loves those"."""
    if reading.topic not in (Topic.STATUS, Topic.CARD) or reading.predicate is not None:
        return reading
    asked = own_words and genre_asked_last(own_words)
    if not asked and not (_ends_asking(text) and genre_asked_last(folded)):
        return reading
    return Reading(Topic.GENRE)


_MEASURES = frozenset({Topic.VIEWERSHIP, Topic.RATINGS})
"""How success is measured, which a remark after a "did it do well?" may name."""


def beside_title(question: Question, start: int, end: int) -> Question:
    """The question read again with the title it names (`words[start:end]`) set aside, when
    the title's own words ask something: "*why are you like this* cast", "will *when they see
    us* have a season 2", "*money explained* was useful, will there be a season 2". A title
    that asks nothing by itself leaves the question as it was read."""
    title = " ".join(w for w in question.words[start:end] if w is not None)
    genre = genre_asked_last(title)  # "modern family?" asks no genre
    if not genre and not _over_after(question, end):
        if not asks_something(spelled_out(title)):
            return question  # the common case, told in one search
        alone = read(spelled_out(title))
        if alone.topic is Topic.STATUS and alone.predicate is None and not alone.wh:
            return question
    named = re.compile(rf"(?:\bthe )?\b{re.escape(title)}\b")
    listed = _LIST.sub(" and ", and_initials(visible(question.text), keep=NETWORKS))
    folded = named.sub("the show", _respelled(listed), count=1)
    sentences = _sentences(listed)
    count = len(find_seasons(" | ".join(_respelled(s) for s in sentences)).text.split())
    question_text = _asked(sentences, count)[2]
    own_words = named.sub("the show", _respelled(question_text), count=1) if question_text else ""
    reading = _read_asked(folded, own_words)
    reading = _network_asked(reading, folded, question.text)
    reading = _genre_asked(reading, folded, question.text, own_words)
    return dataclasses.replace(
        question,
        topic=reading.topic,
        asks_about_person=asks_about_person(spelled_out(folded)),
        predicate=reading.predicate,
        network=reading.network,
        either_or=reading.either_or,
        wh=reading.wh,
    )


def _over_after(question: Question, end: int) -> bool:
    """Whether "over" follows the title in a question that read no fact to confirm: the title's
    last word may have taken it as its verb's ("is love, lust or *run over*?"), so the question
    is read again with the title set aside, which finds whether the show is over."""
    return (
        end < len(question.words)
        and question.words[end] == "over"
        and question.predicate is None
        and not question.wh
    )


@functools.lru_cache(maxsize=256)
def _respelled(text: str) -> str:
    """`text` folded, its question words respelled. Remembered for the few texts of the last
    questions: one question is respelled as a whole, by sentences and by clauses, and again
    when its title is set aside (`beside_title`)."""
    return " ".join(RESPELLER.respell(word) for word in fold(text).split())


_SENTENCE = re.compile(r"(?<=[.!?\u2600-\u27bf\U0001f300-\U0001faff])\s+")
"""Where a sentence ends: after ".", "!", "?", or an emoji, which ends one in chat ("jane the
virgin 😭 hes iconic")."""
_TURN = re.compile(
    r"\b(?:anyway|anyways|btw|but|lol|lmao|also|ok|okay|unrelated)(?:\s+and)?\s+"
    r"(?=(?:is|are|was|were|does|did|do|will|when|what|whats|who|whos|how|why|where|has|have"
    r"|can|could|should)\b)"
    r"|\b(?:wanna|want to|need to|dying to|like to|i) (?:know|wonder)\s+"
    r"(?=(?:if|whether|when|who|what|how|why|where)\b)",
    re.IGNORECASE,
)
"""Where chat turns from a story to a question without a full stop: "the spooks on my street
were wild 👻 anyway *is harlots over*", "house is a mess ... and i just wanna know *if the
passage is cancelled*". Not a comma: "frasier, how many seasons" is one question."""


def _asks(sentence: str) -> bool:
    """Whether a sentence without a question mark asks something ("real q tho, is foyle's war on
    itv"): it names a topic or a fact to confirm."""
    reading = read(spelled_out(_respelled(sentence)))
    return reading.topic is not Topic.STATUS or reading.predicate is not None


def _sentences(text: str) -> list[str]:
    """The sentences of a message: cut after ".", "?" or "!", but not after an abbreviation or
    initials ("mr. robot", "agents of s.h.i.e.l.d. cast")."""
    pieces, start = [], 0
    for end in _SENTENCE.finditer(text):
        last = text[start : end.start()].split()[-1:] or [""]
        word = last[0].rstrip(".").lower()
        if last[0].endswith(".") and (len(word) <= 1 or "." in word or word in ABBREVIATIONS):
            continue
        pieces.append(text[start : end.start()])
        start = end.end()
    pieces.append(text[start:])
    return [piece for piece in pieces if fold(piece)] or [text]


def _asked(sentences: list[str], count: int) -> tuple[tuple[int, int] | None, bool, str]:
    """The words of the sentences that end with a question mark, when other sentences tell a
    story around them, whether a question mark ends them, and their text; None (and no text)
    for a single sentence, or when they cannot be told apart. Without a question mark, the
    last sentence or clause is the question if it asks something ("... lol. unrelated but
    *when did moonlighting premiere*")."""
    sentences = [s.strip() for s in sentences]
    marked = any(s.endswith("?") for s in sentences)
    # Each part with its size in words; a sentence's last part also counts the "|" after it.
    parts = [(s, 1) for s in sentences]
    if not marked:
        parts = []
        for sentence in sentences:
            clauses = [c for c in _clauses(sentence) if fold(c)] or [sentence]
            parts += [(c, 0) for c in clauses[:-1]] + [(clauses[-1], 1)]
        if len(parts) < 2 or not _asks(parts[-1][0]):
            return None, False, ""
        parts[-1] = (parts[-1][0] + "?", parts[-1][1])
    if len(parts) < 2:
        return None, False, ""
    sizes = [len(find_seasons(_respelled(p)).text.split()) + bar for p, bar in parts]
    sizes[-1] -= parts[-1][1]  # nothing follows the last sentence
    if sum(sizes) != count:
        return None, False, ""  # a season mention across two sentences: leave it
    # without a question mark, only the last part asks (the story may hold cue words too);
    # with one, the marked sentences and a last one that asks ("... real q tho, is it on itv")
    asked = [
        i
        for i, (p, _) in enumerate(parts)
        if p.endswith("?") or (marked and i == len(parts) - 1 and _opens_question(p))
    ]
    first, last = asked[0], asked[-1]
    end = sum(sizes[: last + 1]) - (parts[last][1] if last < len(parts) - 1 else 0)
    return (sum(sizes[:first]), end), marked, " ".join(p for p, _ in parts[first : last + 1])


def _before_a_remark(text: str, count: int) -> tuple[tuple[int, int] | None, str]:
    """The question before a remark that ends the message after a comma, and its words' place:
    "ask laftan anlamaz is romance right, *my girlfriend wants us to watch it*" asks whether
    the show is a romance. The remark opens with its speaker ("my", "i", "we" ...) and asks
    nothing; (None, "") when the message is no such question and remark."""
    if "?" in text:
        return None, ""
    head, comma, tail = text.rpartition(",")
    said = fold(tail).split()
    if not comma or not said or said[0] not in _REMARK_OPENERS or _asks(tail) or not _asks(head):
        return None, ""
    size = len(find_seasons(_respelled(head)).text.split())
    remark = len(find_seasons(_respelled(tail)).text.split())
    if size + 1 + remark != count:
        return None, ""  # the comma is no "and" between the two, or a season runs across
    return (0, size), head


_REMARK_OPENERS = frozenset(
    {"my", "i", "im", "ive", "id", "ill", "we", "our", "me", "us", "mine"}
    | {"he", "she", "they", "hes", "shes", "theyre", "his", "her", "their"}
)
"""Words a remark about the asker's life opens with ("my girlfriend wants us to watch it")."""


def _opens_question(sentence: str) -> bool:
    """Whether a sentence without a question mark ends in a question that opens with a question
    word ("... real q tho, *is* foyle's war on itv"), not a remark ("i liked it more than ...")."""
    pieces = [fold(p).split() for p in _PIECES.split(_clauses(sentence)[-1])]
    return any(p and p[0] in QUESTION_OPENERS for p in pieces) and _asks(sentence)


_PIECES = re.compile(r"[,;:]|\band\b", re.IGNORECASE)
"""Where a clause's pieces part (a comma is "and" by the time sentences are cut)."""


def _clauses(sentence: str) -> list[str]:
    """A sentence cut where chat turns to a question (`_TURN`)."""
    cuts = [m.end() for m in _TURN.finditer(sentence)]
    return [sentence[a:b] for a, b in itertools.pairwise([0, *cuts, len(sentence)])]


def _small_talk(words: tuple[str | None, ...], reading: Reading) -> bool:
    """'nice one bot', 'hows it going', 'thx!!', 'you suck', 'test test 123': nothing but
    small-talk words, question words and numbers, and no question about a show's facts."""
    if reading.predicate is not None or reading.either_or:
        return False
    if reading.topic not in (Topic.STATUS, Topic.CARD):
        return False
    said = [w for w in words if w is not None]
    chat = [w for w in said if w in CHITCHAT_WORDS]
    return bool(chat) and all(w in chat or w in FUNCTION_WORDS or w.isdecimal() for w in said)
