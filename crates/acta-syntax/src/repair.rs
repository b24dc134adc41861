//! Repairs of parses the treebanks taught wrong, applied after the parser for every model.
//!
//! **A day between subject and verb.** Agency copy puts the time of the event between the
//! subject and its verb: "Serbia on Thursday rejected ...", "Putin on Friday met ...", "The
//! company last week announced ...", "Apple today unveiled ...". UD EWT and GUM (web text,
//! speech, fiction) hardly have the construction, and the parser reads it as a noun with a
//! modifier: the subject becomes the root and the verb a `parataxis` or `ccomp` of it, or the
//! day becomes the verb's subject. Every later stage then loses the actor of the clause.
//! [`day_phrases`] finds the construction by its words and tags, and
//! [`parse_without_day_phrases`] parses the sentence without the time phrases (a plain "Serbia
//! rejected ...", which the treebanks teach well) and hangs each phrase on its verb as UD
//! annotates it: the day `obl` (with `on`) or `obl:unmarked`, `on` its `case`, `late` its
//! `advmod`. That parse is kept only when it makes a word before the phrase the verb's subject.
//! Mending the first tree instead does not work: the misread subject also derails the parse
//! of the words after the verb ("hosted Japanese Prime Minister Ryutaro Hashimoto").
//!
//! The time phrases are a closed list: `today`, `yesterday`, `tonight`; an optional `on`,
//! `late` or `early` before a weekday, optionally followed by `morning`, `afternoon`,
//! `evening` or `night`; `on` before a month and a day number, before a day number and a month
//! ("on 21 August") or before a date in figures ("on 2/9", "on 21/08/2025"); `last` or `this`
//! before `week`,
//! `weekend`, `month` or `year`. Adverbs may stand between the phrase and the verb ("on
//! Thursday flatly rejected"). The verb is a finite main verb (VBD, VBZ, VBP), or a verb after
//! auxiliaries ("on Friday will meet", "today has announced").

use acta_core::calendar::{is_day, MONTHS, WEEKDAYS};

/// A time phrase starting at `i`: (end, exclusive; the head word; the preposition, if any).
/// (Runs on every word of every sentence: no allocation.)
fn time_phrase(words: &[&str], i: usize) -> Option<(usize, usize, Option<usize>)> {
    let is = |k: usize, list: &[&str]| {
        words
            .get(k)
            .is_some_and(|w| list.iter().any(|x| w.eq_ignore_ascii_case(x)))
    };
    if is(i, &["today", "yesterday", "tonight"]) {
        return Some((i + 1, i, None));
    }
    if is(i, &["last", "this"]) && is(i + 1, &["week", "weekend", "month", "year"]) {
        return Some((i + 2, i + 1, None));
    }
    let (prep, day) = if is(i, &["on", "late", "early"]) {
        (Some(i), i + 1)
    } else {
        (None, i)
    };
    // a date in figures after `on` ("on 2/9", "on 21/08/2025"), or a day number before a month
    // ("on 21 August"), as British and European copy writes them
    if is(i, &["on"]) {
        let w = words.get(day)?;
        if numeric_date(w) {
            return Some((day + 1, day, prep));
        }
        let month = words
            .get(day + 1)
            .is_some_and(|m| m.starts_with(|c: char| c.is_ascii_uppercase()));
        if w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()) && month && is(day + 1, &MONTHS) {
            return Some((day + 2, day + 1, prep));
        }
    }
    // a weekday or month must be written as a name: "may" and "march" are words too
    if !words
        .get(day)?
        .starts_with(|c: char| c.is_ascii_uppercase())
    {
        return None;
    }
    if is(day, &WEEKDAYS) {
        let mut end = day + 1;
        let mut head = day;
        if is(end, &["morning", "afternoon", "evening", "night"]) {
            head = end;
            end += 1;
        }
        return Some((end, head, prep));
    }
    if is(i, &["on"]) && is(day, &MONTHS) {
        let n = words.get(day + 1)?;
        if n.len() <= 2 && n.chars().all(|c| c.is_ascii_digit()) {
            return Some((day + 2, day, prep));
        }
    }
    None
}

/// A day and month in figures, with or without the year: `2/9`, `21/08/2025`, `21/8/25`.
fn numeric_date(w: &str) -> bool {
    let parts: Vec<&str> = w.split('/').collect();
    let num =
        |p: &str, lens: &[usize]| lens.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [d, m] => num(d, &[1, 2]) && num(m, &[1, 2]),
        [d, m, y] => num(d, &[1, 2]) && num(m, &[1, 2]) && num(y, &[2, 4]),
        _ => false,
    }
}

/// A time phrase between a subject and its verb (0-based word indices).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayPhrase {
    /// The phrase's words, `start..end`.
    pub start: usize,
    pub end: usize,
    /// Its head word ("Friday" in "on Friday", "night" in "late Sunday night").
    pub day: usize,
    /// `on`, `late` or `early` before the day.
    pub prep: Option<usize>,
    /// The verb the phrase and the subject belong to.
    pub verb: usize,
}

/// The verb of a clause going on at `at`: adverbs, then auxiliaries (with adverbs or "not"
/// among them), then a verb, finite unless after an auxiliary.
fn finite_verb_after(upos: &[String], xpos: &[String], at: usize) -> Option<usize> {
    let n = upos.len();
    let mut v = at;
    while v < n && upos[v] == "ADV" {
        v += 1;
    }
    let mut aux = false;
    while v < n && (upos[v] == "AUX" || (aux && matches!(upos[v].as_str(), "ADV" | "PART"))) {
        aux = true;
        v += 1;
    }
    if v >= n || upos[v] != "VERB" {
        return None;
    }
    (aux || matches!(xpos[v].as_str(), "VBD" | "VBZ" | "VBP")).then_some(v)
}

/// The past tense of a regular verb that the tagger read as a participle right after a time
/// phrase that follows a noun ("Former US President Donald Trump on 2/9 expressed "great
/// disappointment" that ...": after a date, "expressed" looks like the participle of "the
/// report released Tuesday"). The clause then has no finite verb, the day phrase is not
/// recognised, and the parser makes the name the root. The verb is the clause's past tense
/// when it ends in -ed (so its past and participle are one form), is not followed by "by" (a
/// passive participle: "the attack on Monday claimed by the group") and no finite verb or
/// modal follows before a subordinator or conjunction (a reduced relative before the clause's
/// own verb: "the bombing on Monday blamed on rebels killed 20"). Adverbs may come between
/// the phrase and the verb.
fn past_read_as_participle(
    words: &[&str],
    upos: &[String],
    xpos: &[String],
    at: usize,
) -> Option<usize> {
    let n = words.len();
    let mut v = at;
    while v < n && upos[v] == "ADV" {
        v += 1;
    }
    if v >= n || upos[v] != "VERB" || xpos[v] != "VBN" {
        return None;
    }
    let w = words[v];
    if !w
        .get(w.len().saturating_sub(2)..)
        .is_some_and(|end| end.eq_ignore_ascii_case("ed"))
    {
        return None;
    }
    if v + 1 < n && words[v + 1].eq_ignore_ascii_case("by") {
        return None;
    }
    for k in v + 1..n {
        if matches!(upos[k].as_str(), "SCONJ" | "CCONJ")
            || matches!(xpos[k].as_str(), "WDT" | "WP")
            || words[k].eq_ignore_ascii_case("that")
        {
            break;
        }
        if matches!(xpos[k].as_str(), "VBD" | "VBZ" | "VBP" | "MD") {
            return None;
        }
    }
    Some(v)
}

/// Nouns the tagger read as verbs right before a time phrase and a finite verb (a verb cannot
/// stand there, with a day and a second finite verb after it and no conjunction), retagged
/// before the lemmatizer and the parser see them, in one pass over the time phrases:
/// - a plural noun tagged VBZ after a noun, a name or an adjective, as a subject's last word
///   is ("Houthi rebels on Tuesday attacked ...", "Ivory Coast rebels on Friday rejected
///   ...") becomes NOUN/NNS;
/// - a capitalized word tagged as a verb at the start of the sentence or after a name is a
///   surname that is also an English verb ("Trump on 2/9 expressed ...", "President Bush on
///   Monday signed ...") and becomes PROPN/NNP.
///
/// In the same pass, after a noun or a name, a regular past tense read as a participle right
/// after the phrase becomes VBD ([`past_read_as_participle`]), so that the clause has its
/// finite verb and [`day_phrases`] finds it.
pub fn nouns_before_day_phrases(words: &[&str], upos: &mut [String], xpos: &mut [String]) {
    let n = words.len();
    for i in 1..n {
        let Some((end, _, _)) = time_phrase(words, i) else {
            continue;
        };
        let e = i - 1;
        if matches!(upos[e].as_str(), "NOUN" | "PROPN") {
            if let Some(v) = past_read_as_participle(words, upos, xpos, end) {
                xpos[v] = "VBD".to_string();
            }
            continue;
        }
        if upos[e] != "VERB" || finite_verb_after(upos, xpos, end).is_none() {
            continue;
        }
        if e >= 1 && xpos[e] == "VBZ" && matches!(upos[e - 1].as_str(), "NOUN" | "PROPN" | "ADJ") {
            upos[e] = "NOUN".to_string();
            xpos[e] = "NNS".to_string();
        } else if words[e].starts_with(|c: char| c.is_ascii_uppercase())
            && (e == 0 || upos[e - 1] == "PROPN")
        {
            upos[e] = "PROPN".to_string();
            xpos[e] = "NNP".to_string();
        }
    }
}

/// Forms of "have" that can be the perfect's auxiliary.
const HAVE_FORMS: [&str; 6] = ["have", "has", "had", "'ve", "'d", "having"];

/// Whether `word` is a form of "have" that can be the perfect's auxiliary.
pub fn is_have_form(word: &str) -> bool {
    HAVE_FORMS.iter().any(|h| word.eq_ignore_ascii_case(h))
}

/// A change of [`perfect_auxiliaries`]: the word at the index becomes `AUX` with its XPOS (the
/// auxiliary), `VERB`/`VBN` (the participle), or `ADV`/`RB` (a floating quantifier).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Perfect {
    Auxiliary(usize),
    Participle(usize),
    Adverb(usize),
}

/// The perfect read by its words, whatever the tagger said. A form of "have" followed by one to
/// three adverbs, "not"/"n't", or a floating "all", "both" or "each", and then a past
/// participle ("has repeatedly stated", "had not yet announced", "we had both previously
/// approved") can only be the perfect's auxiliary, as English grammar and UD have it; a
/// tagger that reads it as the main verb makes it the root and hides the participle's clause.
/// So the "have" becomes AUX when:
/// - the verb after the adverbs is tagged VBN, or
/// - it is tagged VBD (the form of a regular verb's past and participle is the same) and the
///   "have" is "having" or already AUX ("has never officially said", "Having personally
///   visited"); the verb then becomes VBN. A main "had" before a past tense stays ("the money
///   they had later disappeared").
///
/// A floating quantifier between them is an adverb, as UD tags it ("have all contributed",
/// "had both sold"); the tagger tends to read it as a determiner.
///
/// With nothing between, "have" and a participle may be a main verb and an adjective ("have
/// limited options", "had used tissues"), and are left to the tagger; so are "have" with an
/// object before the participle ("had her car repaired") and "have to" ("has to be done").
/// After a floating quantifier, a participle followed by a noun or adjective may be an
/// adjective of an object ("had all painted walls"), and is left alone too.
pub fn perfect_auxiliaries(words: &[&str], upos: &[&str], xpos: &[&str]) -> Vec<Perfect> {
    let n = words.len();
    let mut out = Vec::new();
    for i in 0..n {
        if !matches!(upos[i], "VERB" | "AUX") || !is_have_form(words[i]) {
            continue;
        }
        let mut j = i + 1;
        let mut quantifier = None;
        while j < n && j <= i + 3 {
            let w = words[j];
            if upos[j] == "ADV" || (upos[j] == "PART" && !w.eq_ignore_ascii_case("to")) {
                j += 1;
            } else if ["all", "both", "each"]
                .iter()
                .any(|q| w.eq_ignore_ascii_case(q))
            {
                quantifier = Some(j);
                j += 1;
            } else {
                break;
            }
        }
        if j == i + 1 || j >= n {
            continue;
        }
        if quantifier.is_some() && j + 1 < n && matches!(upos[j + 1], "NOUN" | "PROPN" | "ADJ") {
            continue;
        }
        let participle = match xpos[j] {
            "VBN" => false,
            "VBD"
                if upos[j] == "VERB"
                    && (upos[i] == "AUX" || words[i].eq_ignore_ascii_case("having")) =>
            {
                true
            }
            _ => continue,
        };
        if upos[i] == "VERB" {
            out.push(Perfect::Auxiliary(i));
        }
        if participle {
            out.push(Perfect::Participle(j));
        }
        if let Some(q) = quantifier.filter(|&q| upos[q] != "ADV") {
            out.push(Perfect::Adverb(q));
        }
    }
    out
}

/// Prepositions that are no verb, whatever follows them ("restrictions on the movement").
const PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "of", "for", "with", "by", "from", "to", "into", "onto", "over", "under",
    "about", "against", "after", "before", "during", "since", "until", "among", "between",
    "through", "across", "toward", "towards", "within", "without", "near", "like",
];

/// Multipliers of a cardinal number ("five hundred", "two thousand", "three million").
const MULTIPLIERS: &[&str] = &["hundred", "thousand", "million", "billion", "trillion"];

/// Cardinal number words that may come before a multiplier.
const CARDINALS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "a",
    "several",
    "few",
];

/// A multiplier after a cardinal number is part of the number, whatever the tagger said: in
/// "Five hundred Ugandan rebels surrendered", "Two thousand students marched", "Three million
/// people fled" the tagger reads the multiplier at the start of a sentence as a past tense or
/// a noun, the parser makes it the root with the real subject its object, and the clause's
/// verb is lost. The multiplier right after a number (in figures, tagged NUM, or a number
/// word) becomes NUM/CD before the lemmatizer and the parser see it. Plural multipliers
/// ("hundreds of protesters") are nouns and stay. (One pass over the words, no allocation
/// unless a multiplier is found.)
pub fn number_words(words: &[&str], upos: &mut [String], xpos: &mut [String]) {
    for i in 1..words.len() {
        if upos[i] == "NUM" || !MULTIPLIERS.iter().any(|m| words[i].eq_ignore_ascii_case(m)) {
            continue;
        }
        let before = words[i - 1];
        let number = upos[i - 1] == "NUM"
            || before
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
                && before.bytes().any(|b| b.is_ascii_digit())
            || CARDINALS.iter().any(|c| before.eq_ignore_ascii_case(c));
        if number {
            upos[i] = "NUM".to_string();
            xpos[i] = "CD".to_string();
        }
    }
}

/// The verb of a subject set off by an aside, read as a plural noun. In "Greece, like most
/// other existing members, plans to impose restrictions" the tagger reads "plans" after the
/// aside's comma as the noun of "plans to build a dam"; the sentence then has no finite verb,
/// the parser makes the name the root, and the clause is lost. A lowercase word tagged as a
/// plural noun (NNS) right after a comma and right before "to" and a base verb is the verb
/// (VERB/VBZ) when the sentence has no finite verb, auxiliary or modal anywhere else: a
/// sentence needs one, and "his plans to build a dam were shelved" keeps its noun. (One pass
/// over the tags; no allocation unless a word is retagged.)
pub fn verbs_after_an_aside(words: &[&str], upos: &mut [String], xpos: &mut [String]) {
    let n = words.len();
    let Some(i) = (1..n.saturating_sub(2)).find(|&i| {
        xpos[i] == "NNS"
            && words[i - 1] == ","
            && words[i + 1].eq_ignore_ascii_case("to")
            && xpos[i + 2] == "VB"
            && words[i].bytes().all(|b| b.is_ascii_lowercase())
    }) else {
        return;
    };
    let finite = (0..n)
        .any(|k| upos[k] == "AUX" || matches!(xpos[k].as_str(), "VBD" | "VBZ" | "VBP" | "MD"));
    if !finite {
        upos[i] = "VERB".to_string();
        xpos[i] = "VBZ".to_string();
    }
}

/// A regular past tense read as an adjective between a name and its object. In "The US
/// presented evidence against Russia", "The EU imposed sanctions on Iran", "The US supplied
/// weapons to Ukraine" the tagger reads "the US presented evidence" as one noun phrase, as in
/// "the newly presented evidence": the past tense becomes JJ or VBN, the parser makes the object
/// the root, and the clause is lost. A lowercase word in -ed tagged JJ or VBN right after a
/// noun or a name and right before the start of a noun phrase (a determiner, number, adjective,
/// noun or name) is the past tense (VERB/VBD) when the sentence has no finite verb, auxiliary
/// or modal anywhere else: a sentence needs one, and in "The US armed forces seized vehicles"
/// (a finite verb elsewhere) the adjective stays. Only the first such word is retagged. (One
/// pass over the tags; no allocation unless a word is retagged.)
pub fn past_tenses_read_as_adjectives(words: &[&str], upos: &mut [String], xpos: &mut [String]) {
    let n = words.len();
    let Some(i) = (1..n.saturating_sub(1)).find(|&i| {
        matches!(xpos[i].as_str(), "JJ" | "VBN")
            && words[i].len() > 4
            && words[i].ends_with("ed")
            && words[i].bytes().all(|b| b.is_ascii_lowercase())
            && matches!(xpos[i - 1].as_str(), "NNP" | "NNPS" | "NN" | "NNS")
            && matches!(
                upos[i + 1].as_str(),
                "DET" | "NUM" | "ADJ" | "NOUN" | "PROPN"
            )
    }) else {
        return;
    };
    let finite = (0..n)
        .any(|k| upos[k] == "AUX" || matches!(xpos[k].as_str(), "VBD" | "VBZ" | "VBP" | "MD"));
    if !finite {
        upos[i] = "VERB".to_string();
        xpos[i] = "VBD".to_string();
    }
}

/// Words that close a sentence with its attribution ("..., witnesses said", "..., police
/// reported"): a finite verb there is not the clause's own.
const ATTRIBUTION_VERBS: &[&str] = &["said", "say", "says", "reported", "told", "added"];

/// Verbs of a crowd's protest, and verbs with no passive, in the past tense: after a noun they
/// are nearly always its act (a protest verb's passive, "the rally was picketed", is rare) ("Three protesters killed in Nairobi", a verb with a passive, stays the
/// headline's participle).
const NO_PASSIVE_PAST: &[&str] = &[
    "demonstrated",
    "protested",
    "rallied",
    "marched",
    "rioted",
    "picketed",
    "remained",
    "stayed",
];

/// A past tense of a protest or of a verb with no passive ([`NO_PASSIVE_PAST`]) read as a
/// participle right after its subject, with no object. In
/// "Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday, demanding independence",
/// "Hundreds of students protested in Cairo, calling for ..." the tagger reads the verb as the
/// participle of a reduced relative ("the people arrested in Kirkuk"); the clause then has no
/// finite verb, the parser makes the subject (or the -ing clause after it) the root, and the
/// act is lost (the thirty-second round). Such a word tagged VBN, the sentence's
/// first verb, right after a noun or a name, and followed by a preposition, an adverb, a
/// punctuation mark or the end (an intransitive use: no object, no "by" agent), is the past
/// tense (VERB/VBD) when the sentence has no finite verb, auxiliary or modal anywhere else,
/// bar a closing attribution after its last comma ("..., witnesses said"). "The man arrested
/// on Monday, a Syrian, was charged" (a finite verb elsewhere) and "Weapons seized by police"
/// (an agent) keep the participle. (One pass over the tags; no allocation unless a word is
/// retagged.)
pub fn past_tenses_read_as_participles_after_a_subject(
    words: &[&str],
    upos: &mut [String],
    xpos: &mut [String],
) {
    let n = words.len();
    let Some(i) = (1..n).find(|&i| upos[i] == "VERB" || upos[i] == "AUX") else {
        return;
    };
    let intransitive = i + 1 >= n
        || (matches!(upos[i + 1].as_str(), "ADP" | "ADV" | "PUNCT")
            && !words[i + 1].eq_ignore_ascii_case("by"));
    // ("demonstrated" after a singular common noun is more often a thing shown, "New Chinese
    // drone demonstrated at Zhuhai air show", than a crowd's protest)
    if xpos[i] != "VBN"
        || !NO_PASSIVE_PAST.contains(&words[i])
        || !matches!(xpos[i - 1].as_str(), "NNP" | "NNPS" | "NN" | "NNS")
        || (words[i] == "demonstrated" && xpos[i - 1] == "NN")
        || !intransitive
    {
        return;
    }
    // a closing attribution after the last comma: a speech verb among at most four words
    let last_comma = (0..n).rev().find(|&k| words[k] == ",");
    let end = match last_comma {
        Some(c)
            if c > i && n - c <= 6 && (c + 1..n).any(|k| ATTRIBUTION_VERBS.contains(&words[k])) =>
        {
            c
        }
        _ => n,
    };
    let finite = (0..end).any(|k| {
        k != i && (upos[k] == "AUX" || matches!(xpos[k].as_str(), "VBD" | "VBZ" | "VBP" | "MD"))
    });
    if !finite {
        upos[i] = "VERB".to_string();
        xpos[i] = "VBD".to_string();
    }
}

/// A verbal noun in -ing after a determiner, read as a participle before a day. In "the high
/// court opened a landmark hearing Wednesday into the legality of ...", "held a closed meeting
/// Monday with ..." the tagger reads the noun as a participle describing the noun before it
/// ("a landmark hearing Wednesday", as in "a man carrying a gun") and the parser makes the day
/// its object, so the verb's object is lost. A word in -ing tagged VBG whose phrase starts with
/// "a", "an" or "the" followed only by nouns and adjectives, right before a weekday, "today",
/// "yesterday" or "tonight" that ends the phrase (a preposition, punctuation or the end
/// follows) is a noun (NOUN/NN): a participle before a day would need an object of its own.
/// (One pass over the tags; no allocation unless a word is retagged.)
pub fn nouns_in_ing_before_a_day(words: &[&str], upos: &mut [String], xpos: &mut [String]) {
    let n = words.len();
    for i in 2..n.saturating_sub(1) {
        if xpos[i] != "VBG" || !words[i].ends_with("ing") || !is_day(words[i + 1]) {
            continue;
        }
        if i + 2 < n && !matches!(upos[i + 2].as_str(), "ADP" | "PUNCT" | "SCONJ" | "CCONJ") {
            continue;
        }
        // back over the phrase's nouns and adjectives (at least one) to its article
        let mut k = i;
        while k > 0 && matches!(upos[k - 1].as_str(), "NOUN" | "ADJ" | "PROPN") && i - k < 3 {
            k -= 1;
        }
        let article = k < i
            && k > 0
            && ["a", "an", "the"]
                .iter()
                .any(|a| words[k - 1].eq_ignore_ascii_case(a));
        if article {
            upos[i] = "NOUN".to_string();
            xpos[i] = "NN".to_string();
        }
    }
}

/// Words before "that" which make the verb of the clause after it a subjunctive, a bare base
/// form ("demanded that the US cancel ...", "insisted that the government grant ...").
const MANDATIVE: &[&str] = &[
    "demand",
    "insist",
    "urg",
    "ask",
    "request",
    "requir",
    "recommend",
    "propos",
    "suggest",
    "order",
];

/// The verb of a mandative subjunctive the tagger read as something else. In "demanded that
/// the US cancel plans", "demanding that President Mugabe abandon his policy", "its demand that
/// Israel ease restrictions" the base form has no ending to tell it from a noun and follows a
/// name or noun, and the tagger makes it a noun (or even a preposition); the clause then has no
/// verb, and the demand no content. When the clause after "that" (up to punctuation, "to" or a
/// conjunction) has no verb or auxiliary at all, its verb is the lowercase word, not ending in
/// -s, that follows a noun, name or pronoun and is followed by the start of an object: the
/// first one followed by a determiner or pronoun ("abandon his", "grant the"), else the last
/// one followed by a noun, adjective or number ("cancel plans", "the oil company pay
/// compensation"). It is retagged VERB/VB before the lemmatizer and the parser see it.
pub fn mandative_subjunctives(words: &[&str], upos: &mut [String], xpos: &mut [String]) {
    let n = words.len();
    for i in 0..n.saturating_sub(2) {
        if !words[i + 1].eq_ignore_ascii_case("that") {
            continue;
        }
        // a day between the demand and its clause ("reiterated its demand today that Israel
        // ease restrictions") still has the demand before it
        let d = if i > 0 && is_day(words[i]) { i - 1 } else { i };
        let w = words[d].to_ascii_lowercase();
        if !MANDATIVE.iter().any(|m| w.starts_with(m)) {
            continue;
        }
        let start = i + 2;
        let mut end = start;
        while end < n
            && !matches!(upos[end].as_str(), "PUNCT" | "CCONJ" | "SCONJ")
            && !(upos[end] == "PART" && words[end].eq_ignore_ascii_case("to"))
        {
            end += 1;
        }
        if (start..end).any(|k| matches!(upos[k].as_str(), "VERB" | "AUX")) {
            continue;
        }
        let candidate = |k: usize| {
            let word = words[k];
            k > start
                && k + 1 < end
                && word.chars().all(|c| c.is_ascii_lowercase())
                && (!word.ends_with('s') || word.ends_with("ss"))
                && matches!(upos[k].as_str(), "NOUN" | "ADP" | "ADJ")
                && !(upos[k] == "ADP" && PREPOSITIONS.contains(&word))
                && matches!(upos[k - 1].as_str(), "NOUN" | "PROPN" | "PRON")
        };
        let verb = (start..end)
            .find(|&k| candidate(k) && matches!(upos[k + 1].as_str(), "DET" | "PRON"))
            .or_else(|| {
                (start..end).rev().find(|&k| {
                    candidate(k) && matches!(upos[k + 1].as_str(), "NOUN" | "ADJ" | "NUM")
                })
            });
        if let Some(k) = verb {
            upos[k] = "VERB".to_string();
            xpos[k] = "VB".to_string();
        }
    }
}

/// Every time phrase of the sentence that stands between a noun and a verb as in the module
/// documentation, by words and tags alone.
pub fn day_phrases(words: &[&str], upos: &[String], xpos: &[String]) -> Vec<DayPhrase> {
    let n = words.len();
    let mut out = Vec::new();
    let mut i = 1;
    while i < n {
        let Some((end, day, prep)) = time_phrase(words, i) else {
            i += 1;
            continue;
        };
        let start = i;
        i = end;
        // the subject's last word right before the phrase
        let e = start - 1;
        if !matches!(upos[e].as_str(), "NOUN" | "PROPN") || time_phrase(words, e).is_some() {
            continue;
        }
        let Some(v) = finite_verb_after(upos, xpos, end) else {
            continue;
        };
        out.push(DayPhrase {
            start,
            end,
            day,
            prep,
            verb: v,
        });
    }
    out
}

/// The parse of the sentence made of the words `kept` only (indexes into the sentence, in
/// order): heads 1-based in that reduced sentence (0: the root) and relations.
fn parse_kept(
    words: &[&str],
    upos: &[String],
    xpos: &[String],
    kept: &[usize],
    parse: &impl Fn(&[&str], &[&str], &[&str]) -> (Vec<usize>, Vec<String>),
) -> (Vec<usize>, Vec<String>) {
    let w: Vec<&str> = kept.iter().map(|&k| words[k]).collect();
    let u: Vec<&str> = kept.iter().map(|&k| upos[k].as_str()).collect();
    let x: Vec<&str> = kept.iter().map(|&k| xpos[k].as_str()).collect();
    parse(&w, &u, &x)
}

/// A reduced sentence's parse ([`parse_kept`]) put back on the whole sentence of `n` words:
/// each kept word's head (1-based, 0: the root) and relation; the words left out get head 0
/// and no relation, for the caller to hang.
fn lift(n: usize, kept: &[usize], rh: &[usize], rl: Vec<String>) -> (Vec<usize>, Vec<String>) {
    let mut heads = vec![0; n];
    let mut rels = vec![String::new(); n];
    for ((&k, &h), l) in kept.iter().zip(rh).zip(rl) {
        heads[k] = match h {
            0 => 0,
            h => kept[h - 1] + 1,
        };
        rels[k] = l;
    }
    (heads, rels)
}

/// Parses the sentence without its [`day_phrases`] and hangs each phrase on its verb, when
/// that parse makes a word before the phrase the verb's subject; otherwise (or with no such
/// phrase) returns `None` and the parse of the whole sentence stands. `parse` takes words,
/// UPOS and XPOS and gives 1-based heads (0: the root) and relations.
pub fn parse_without_day_phrases(
    words: &[&str],
    upos: &[String],
    xpos: &[String],
    parse: impl Fn(&[&str], &[&str], &[&str]) -> (Vec<usize>, Vec<String>),
) -> Option<(Vec<usize>, Vec<String>)> {
    let phrases = day_phrases(words, upos, xpos);
    if phrases.is_empty() {
        return None;
    }
    let n = words.len();
    let inside = |k: usize| phrases.iter().any(|p| (p.start..p.end).contains(&k));
    let kept: Vec<usize> = (0..n).filter(|&k| !inside(k)).collect();
    let mut reduced = vec![usize::MAX; n];
    for (r, &k) in kept.iter().enumerate() {
        reduced[k] = r;
    }
    let (rh, rl) = parse_kept(words, upos, xpos, &kept, &parse);
    // each verb's subject must be the noun phrase that ends right before its phrase: up from
    // that phrase's last word through nominal words only to a subject of the verb (in "the
    // man who shot Smith on Friday was arrested" the way from "Smith" to "man" passes the
    // verb "shot", and the day stays the shooting's)
    for p in &phrases {
        let v = reduced[p.verb];
        let mut r = reduced[p.start - 1];
        let mut subject = false;
        for _ in 0..kept.len() {
            if rh[r] == v + 1 {
                subject = rl[r].starts_with("nsubj");
                break;
            }
            match rh[r].checked_sub(1) {
                Some(h)
                    if matches!(
                        upos[kept[h]].as_str(),
                        "NOUN" | "PROPN" | "NUM" | "ADJ" | "DET"
                    ) =>
                {
                    r = h
                }
                _ => break,
            }
        }
        if !subject {
            return None;
        }
    }
    let (mut heads, mut rels) = lift(n, &kept, &rh, rl);
    for p in &phrases {
        for k in p.start..p.end {
            let (h, rel) = if k == p.day {
                let on = p.prep.is_some_and(|q| words[q].eq_ignore_ascii_case("on"));
                (p.verb, if on { "obl" } else { "obl:unmarked" })
            } else if Some(k) == p.prep {
                let on = words[k].eq_ignore_ascii_case("on");
                (p.day, if on { "case" } else { "advmod" })
            } else if k < p.day {
                // "last week", "this week", "Friday night"
                let rel = match words[k].to_ascii_lowercase().as_str() {
                    "last" => "amod",
                    "this" => "det",
                    // the day number before a month ("on 21 August")
                    d if d.bytes().all(|b| b.is_ascii_digit()) => "nummod",
                    _ => "compound",
                };
                (p.day, rel)
            } else {
                // the day number after a month
                (p.day, "nummod")
            };
            heads[k] = h + 1;
            rels[k] = rel.to_string();
        }
    }
    Some((heads, rels))
}

/// Verbs of a comment clause set off by commas inside another clause ("it appears", "officials
/// said", "it is believed"), by their word forms.
const COMMENT_VERBS: &[&str] = &[
    "say",
    "says",
    "said",
    "appear",
    "appears",
    "appeared",
    "seem",
    "seems",
    "seemed",
    "believe",
    "believes",
    "believed",
    "add",
    "adds",
    "added",
    "claim",
    "claims",
    "claimed",
    "note",
    "notes",
    "noted",
    "think",
    "thinks",
    "thought",
    "report",
    "reports",
    "reported",
    "confirm",
    "confirms",
    "confirmed",
    "insist",
    "insists",
    "insisted",
    "understood",
    "suggest",
    "suggests",
    "suggested",
];

/// A comment clause between a verb and what follows it: "Iran will restore, it appears, full
/// ties with Egypt", "Russia accused, officials said, Ukraine of ...", "Israel will free, it
/// is believed, 50 prisoners". (start, end exclusive: the two commas and the words between;
/// the comment's verb; the first word of its subject.) The word before the first comma is a
/// verb; between the commas stand only a subject (a personal pronoun, or up to four words of
/// a noun phrase: determiners, adjectives, nouns, names, ending in a noun or name) and the
/// comment's verb in the past or present tense (or "it" with a form of "be" and a past
/// participle: "it is believed"); a word that is no punctuation follows the second comma.
/// (Runs on every comma: no allocation.)
fn comment_clause(
    words: &[&str],
    upos: &[String],
    xpos: &[String],
    c: usize,
) -> Option<(usize, usize, usize, usize)> {
    let n = words.len();
    if words[c] != "," || c == 0 || upos[c - 1] != "VERB" {
        return None;
    }
    // the second comma within six words
    let c2 = (c + 2..n.min(c + 8)).find(|&k| words[k] == ",")?;
    if c2 + 1 >= n || upos[c2 + 1] == "PUNCT" {
        return None;
    }
    let v = c2 - 1;
    if !COMMENT_VERBS
        .iter()
        .any(|w| words[v].eq_ignore_ascii_case(w))
        || !matches!(xpos[v].as_str(), "VBD" | "VBZ" | "VBP" | "VBN")
    {
        return None;
    }
    let subj = c + 1;
    let personal = |k: usize| {
        ["it", "he", "she", "they", "we", "i"]
            .iter()
            .any(|w| words[k].eq_ignore_ascii_case(w))
    };
    let ok = if v == subj + 1 && personal(subj) {
        xpos[v] != "VBN"
    } else if v == subj + 2 && words[subj].eq_ignore_ascii_case("it") {
        // "it is believed", "it was reported"
        xpos[v] == "VBN"
            && (words[subj + 1].eq_ignore_ascii_case("is")
                || words[subj + 1].eq_ignore_ascii_case("was"))
    } else {
        xpos[v] != "VBN"
            && v - subj <= 4
            && matches!(upos[v - 1].as_str(), "NOUN" | "PROPN")
            && (subj..v).all(|k| matches!(upos[k].as_str(), "DET" | "ADJ" | "NOUN" | "PROPN"))
    };
    ok.then_some((c, c2 + 1, v, subj))
}

/// Parses the sentence without a [`comment_clause`] between a verb and the words after it,
/// and hangs the clause on that verb as UD annotates a parenthetical: its verb a `parataxis`,
/// its subject the `nsubj`, the commas its `punct`. The parser trained on treebanks that hardly
/// have the construction makes the words after the clause the comment verb's object ("it
/// appears full ties") and the verb before it loses its object, and with it the event. That
/// parse is kept only when it gives the verb before the clause an object, oblique, clausal
/// complement or adverb after the clause ("Ukraine", "full ties", "shortly after midnight");
/// otherwise (or with no such clause) returns `None`. `parse` as for
/// [`parse_without_day_phrases`].
pub fn parse_without_comment_clauses(
    words: &[&str],
    upos: &[String],
    xpos: &[String],
    parse: impl Fn(&[&str], &[&str], &[&str]) -> (Vec<usize>, Vec<String>),
) -> Option<(Vec<usize>, Vec<String>)> {
    let n = words.len();
    let (start, end, v, subj) = (1..n).find_map(|c| comment_clause(words, upos, xpos, c))?;
    let kept: Vec<usize> = (0..n).filter(|k| !(start..end).contains(k)).collect();
    let (rh, rl) = parse_kept(words, upos, xpos, &kept, &parse);
    // the verb before the clause is word start - 1, also in the reduced sentence
    let outer = start - 1;
    let object = |r: usize| {
        rh[r] == outer + 1
            && matches!(
                rl[r].split(':').next().unwrap_or(""),
                "obj" | "iobj" | "obl" | "ccomp" | "advmod"
            )
    };
    if !(start..rh.len()).any(object) {
        return None;
    }
    let (mut heads, mut rels) = lift(n, &kept, &rh, rl);
    heads[v] = outer + 1;
    rels[v] = "parataxis".to_string();
    for k in [start, end - 1] {
        heads[k] = v + 1;
        rels[k] = "punct".to_string();
    }
    let passive = xpos[v] == "VBN";
    let last = if passive { subj } else { v - 1 };
    for k in subj..v {
        heads[k] = if k == last { v + 1 } else { last + 1 };
        rels[k] = if k == last {
            if passive {
                "expl"
            } else {
                "nsubj"
            }
        } else if passive {
            heads[k] = v + 1;
            "aux:pass"
        } else {
            match upos[k].as_str() {
                "DET" => "det",
                "ADJ" => "amod",
                _ => "compound",
            }
        }
        .to_string();
    }
    Some((heads, rels))
}

/// Words that open a clause as adverbs right before a finite verb ("Then came the news", "Soon
/// followed a second attack", "Finally came ...", "Newly appointed ..."): never names read as
/// adverbs. Other words in -ly are names too often to be left out by their ending: "Italy
/// criticized the plan", "Sicily rejected ...", "Mulally predicted ..." (the tagger reads all
/// three as adverbs).
const CLAUSE_INITIAL_ADVERBS: &[&str] = &[
    "then",
    "now",
    "still",
    "also",
    "here",
    "there",
    "soon",
    "later",
    "never",
    "seldom",
    "only",
    "thus",
    "hence",
    "yet",
    "again",
    "once",
    "together",
    "instead",
    "meanwhile",
    "earlier",
    "next",
    "first",
    "just",
    "already",
    "often",
    "sometimes",
    "rather",
    "indeed",
    "even",
    "ever",
    "perhaps",
    "maybe",
    "therefore",
    "however",
    "nevertheless",
    "nonetheless",
    "moreover",
    "furthermore",
    "besides",
    "likewise",
    "otherwise",
    "anyway",
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "elsewhere",
    "nearby",
    "overseas",
    "abroad",
    "away",
    "back",
    "down",
    "out",
    "off",
    "over",
    "around",
    "almost",
    "always",
    "nowhere",
    "somewhere",
    "everywhere",
    "anywhere",
    "afterwards",
    "afterward",
    "beforehand",
    "thereby",
    "below",
    "above",
    "ahead",
    "alone",
    "further",
    "late",
    "long",
    "less",
    "more",
    "most",
    "much",
    "not",
    "quite",
    "too",
    "very",
    "well",
    "why",
    "how",
    "when",
    "where",
    "so",
    "though",
    "else",
    "far",
    "hardly",
    "nor",
    "finally",
    "suddenly",
    "quickly",
    "similarly",
    "additionally",
    "consequently",
    "accordingly",
    "subsequently",
    "fortunately",
    "unfortunately",
    "interestingly",
    "importantly",
    "notably",
    "initially",
    "eventually",
    "recently",
    "previously",
    "currently",
    "originally",
    "apparently",
    "reportedly",
    "allegedly",
    "clearly",
    "obviously",
    "certainly",
    "surely",
    "really",
    "simply",
    "merely",
    "nearly",
    "largely",
    "mostly",
    "mainly",
    "partly",
    "fully",
    "rarely",
    "frequently",
    "usually",
    "generally",
    "typically",
    "normally",
    "increasingly",
    "immediately",
    "shortly",
    "gradually",
    "slowly",
    "directly",
    "separately",
    "newly",
    "early",
    "lately",
    "belatedly",
    "briefly",
    "formally",
    "officially",
    "publicly",
    "privately",
    "jointly",
    "unanimously",
    "overwhelmingly",
    "narrowly",
    "widely",
    "strongly",
    "firmly",
    "sharply",
    "repeatedly",
    "highly",
    "enough",
    "badly",
    "greatly",
    "deeply",
    "warmly",
    // inversions ("Inside were the bodies ...", "Along came ...", "Scarcely had ..."), review
    // intensifiers ("Thoroughly enjoyed the stay") and the wounds of headlines ("Critically
    // wounded soldiers flown home")
    "inside",
    "outside",
    "along",
    "scarcely",
    "barely",
    "thereafter",
    "thereupon",
    "thoroughly",
    "completely",
    "critically",
    "fatally",
    "mortally",
    "lightly",
    "poorly",
    "nicely",
    "perfectly",
    "totally",
    "absolutely",
    "definitely",
    "extremely",
    "seriously",
    "heavily",
    "truly",
    "kindly",
    "gladly",
    "happily",
    "sadly",
    "luckily",
    "hopefully",
    "honestly",
    "personally",
    "basically",
    "actually",
    "literally",
    "especially",
    "particularly",
    "exactly",
    "thankfully",
];

/// A name that opens the sentence read as an adverb. The tagger reads a capitalised word,
/// first in the sentence, as an adverb by its shape ("Italy criticized the plan", "Albanese
/// welcomed the agreement", "Fornost welcomed ..."), the parser makes it an `advmod` and the
/// clause has no subject: every later stage loses the actor. The first word, tagged RB,
/// capitalised, of letters only, at least four long and not one of the adverbs that open a
/// clause before their verb ([`CLAUSE_INITIAL_ADVERBS`]: "Then came ...", "Finally came
/// ..."), right before a past or present tense (VBD, VBZ) is a name (PROPN/NNP); so it is
/// before a past participle with an object after it when the sentence has no finite verb,
/// auxiliary or modal elsewhere ("Italy sent troops to Libya", with "sent" VBN), and the
/// participle is then the past tense (VERB/VBD): a sentence needs one. The list holds the
/// adverbs of reviews and mail too ("Highly recommended", "Enough said": UD EWT dev). (Looks at the first words only, and at the tags once for
/// a participle; no allocation unless a word is retagged.)
pub fn names_read_as_adverbs(words: &[&str], upos: &mut [String], xpos: &mut [String]) {
    if words.len() < 3 || xpos[0] != "RB" {
        return;
    }
    let w = words[0];
    let mut chars = w.chars();
    let capitalised = chars.next().is_some_and(char::is_uppercase)
        && chars.clone().all(char::is_lowercase)
        && chars.count() >= 3;
    if !capitalised
        || CLAUSE_INITIAL_ADVERBS
            .iter()
            .any(|a| a.eq_ignore_ascii_case(w))
    {
        return;
    }
    let participle = xpos[1] == "VBN"
        && upos[1] == "VERB"
        && matches!(upos[2].as_str(), "DET" | "NOUN" | "PROPN" | "NUM" | "PRON")
        && !(2..words.len())
            .any(|k| upos[k] == "AUX" || matches!(xpos[k].as_str(), "VBD" | "VBZ" | "VBP" | "MD"));
    if !matches!(xpos[1].as_str(), "VBD" | "VBZ") && !participle {
        return;
    }
    upos[0] = "PROPN".to_string();
    xpos[0] = "NNP".to_string();
    if participle {
        xpos[1] = "VBD".to_string();
    }
}

/// A passive told as an existential: "There were ten soldiers killed by drones", "There were 40
/// protesters arrested by police in Tehran". UD hangs the participle on the noun as an `acl`
/// under the existential "be", and the event coder reads such a participle as a description
/// of a noun (a reduced relative, "at a lunch hosted by the ambassador"), not as an act: the
/// arrest was lost. The sentence says what "Forty protesters were arrested by police" says.
/// When a form of "be" with an `expl` "there" before it has a noun or name `nsubj` after it
/// whose `acl` is a past participle (`VBN`) with no subject, auxiliary or subordinator of its
/// own, right after the noun's phrase (nothing but the noun's own modifiers between them, no
/// comma), the participle takes the place of "be": "be" its `aux:pass`, the noun its
/// `nsubj:pass`, "there" its `expl`, the other dependents of "be" its own. "There were reports
/// of soldiers killed" (the participle describes a noun inside the subject's phrase) and
/// "There were soldiers, some wounded" keep their reading. `heads` are 1-based (0: the
/// root). (Looks only at words hung as `expl`; no allocation.)
pub fn existential_passives(
    words: &[&str],
    xpos: &[String],
    heads: &mut [usize],
    deprels: &mut [String],
) {
    let n = words.len();
    for e in 0..n {
        if deprels[e] != "expl" || !words[e].eq_ignore_ascii_case("there") {
            continue;
        }
        let Some(b) = heads[e].checked_sub(1) else {
            continue;
        };
        let be = ["is", "are", "was", "were", "been", "be"];
        if b < e || !be.iter().any(|w| words[b].eq_ignore_ascii_case(w)) {
            continue;
        }
        let Some(subj) = (b + 1..n).find(|&k| heads[k] == b + 1 && deprels[k] == "nsubj") else {
            continue;
        };
        let Some(p) = (subj + 1..n).find(|&k| heads[k] == subj + 1 && deprels[k] == "acl") else {
            continue;
        };
        // a naming participle describes the noun ("There is a rebel group called M23")
        let naming = [
            "called", "named", "known", "dubbed", "labelled", "labeled", "titled",
        ];
        if xpos[p] != "VBN" || naming.iter().any(|w| words[p].eq_ignore_ascii_case(w)) {
            continue;
        }
        // nothing of the participle's own that makes it a clause
        if (0..n).any(|k| {
            heads[k] == p + 1
                && matches!(
                    deprels[k].as_str(),
                    "nsubj" | "nsubj:pass" | "aux" | "aux:pass" | "mark" | "cop"
                )
        }) {
            continue;
        }
        // only the noun's own modifiers between it and the participle
        if (subj + 1..p).any(|k| words[k] == "," || heads[k] != subj + 1) {
            continue;
        }
        let up = heads[b];
        let rel = std::mem::take(&mut deprels[b]);
        for (k, h) in heads.iter_mut().enumerate() {
            if *h == b + 1 && k != subj {
                *h = p + 1;
            }
        }
        heads[p] = up;
        deprels[p] = rel;
        heads[b] = p + 1;
        deprels[b] = "aux:pass".to_string();
        heads[subj] = p + 1;
        deprels[subj] = "nsubj:pass".to_string();
    }
}

/// An object moved past an oblique read as a subject of the full stop. When a phrase comes
/// between a verb and its object ("Israeli troops have cordoned off for security reasons the
/// roads leading into Jenin", a heavy object put last) the parser makes the object the `nsubj`
/// of the sentence's final punctuation, a shape no sentence has: the verb loses its object and
/// every later stage the object's phrase. A noun or name hung as `nsubj` on a punctuation mark
/// whose head is a verb before it, with a subject of its own and no object or clausal
/// complement, is that verb's `obj` when the words between them are only a prepositional
/// phrase and its modifiers (a preposition among them, no verb, pronoun, subordinator or
/// punctuation): "asked that a decision ... be made" (a subordinator) and "'...,' says ANA
/// senior vice president Mitsuo Morimoto" (nothing between) keep their reading. `heads` are
/// 1-based (0: the root). (Looks only at words hung on punctuation; no allocation unless one
/// is.)
pub fn objects_after_an_oblique(upos: &[String], heads: &mut [usize], deprels: &mut [String]) {
    let n = upos.len();
    for t in 0..n {
        if deprels[t] != "nsubj" || !matches!(upos[t].as_str(), "NOUN" | "PROPN") {
            continue;
        }
        let Some(p) = heads[t].checked_sub(1) else {
            continue;
        };
        if upos[p] != "PUNCT" {
            continue;
        }
        let Some(v) = heads[p].checked_sub(1) else {
            continue;
        };
        if v >= t || upos[v] != "VERB" {
            continue;
        }
        let rel = |k: usize| deprels[k].split(':').next().unwrap_or("");
        let (mut subject, mut object) = (false, false);
        for (k, &h) in heads.iter().enumerate() {
            if h == v + 1 {
                match rel(k) {
                    "nsubj" => subject = true,
                    "obj" | "ccomp" | "xcomp" => object = true,
                    _ => {}
                }
            }
        }
        let between_ok = (v + 1..t).all(|k| {
            matches!(
                upos[k].as_str(),
                "ADP" | "ADV" | "ADJ" | "NOUN" | "PROPN" | "DET" | "NUM" | "PART"
            )
        }) && (v + 1..t).any(|k| upos[k] == "ADP" && rel(k) == "case");
        if subject && !object && between_ok {
            heads[t] = v + 1;
            deprels[t] = "obj".to_string();
        }
    }
}

/// A passive with coordinated adverbs read as a copula. In "The Philippines was heavily and
/// unjustly criticized over ...", "Israel was sharply and repeatedly condemned" the parser
/// makes the first adverb the root, "was" its `cop`, the country its subject, and the
/// participle a `conj` of the adverb; the participle then shares the adverb's subject as an
/// active verb's, and the event coder reads the one criticized as the critic; in "Three
/// soldiers were brutally and deliberately killed by rebels", "Iran has been widely, strongly
/// condemned" the subject and "were" hang on the adverb and the participle loses them. When an
/// adverb in -ly with a `cop` child that is a form of "be" has a later past participle (`VBN`)
/// as `conj` or `dep`, or modifies one, and only adverbs, coordinators and commas stand
/// between them, the participle takes the adverb's place: "was" its `aux:pass`, the subject its `nsubj:pass`,
/// the adverb its `advmod` (the adverb right before the participle that adverb's `conj`), the
/// adverb's other dependents its own. "He was there and tired" (no -ly) and "was quickly and
/// then" (no participle) keep their reading. `heads` are 1-based (0: the root). (Looks only
/// at adverbs with a copula; no allocation.)
pub fn passives_read_as_copular_adverbs(
    words: &[&str],
    upos: &[String],
    xpos: &[String],
    heads: &mut [usize],
    deprels: &mut [String],
) {
    let n = upos.len();
    let be = |w: &str| {
        [
            "is", "are", "was", "were", "be", "been", "being", "'s", "'re",
        ]
        .iter()
        .any(|b| w.eq_ignore_ascii_case(b))
    };
    let ly = |w: &str| {
        w.len() > 2
            && w.is_char_boundary(w.len() - 2)
            && w[w.len() - 2..].eq_ignore_ascii_case("ly")
    };
    for a in 0..n {
        if upos[a] != "ADV" || !ly(words[a]) {
            continue;
        }
        if !(0..n).any(|c| heads[c] == a + 1 && deprels[c] == "cop" && be(words[c])) {
            continue;
        }
        // the participle: a `conj` or `dep` of the adverb, or the verb the adverb modifies
        let below = (a + 1..n).find(|&k| {
            heads[k] == a + 1 && matches!(deprels[k].as_str(), "conj" | "dep") && xpos[k] == "VBN"
        });
        let above = heads[a]
            .checked_sub(1)
            .filter(|&h| h > a && deprels[a] == "advmod" && xpos[h] == "VBN");
        let Some(v) = below.or(above) else {
            continue;
        };
        let between_ok = (a + 1..v).all(|k| {
            matches!(upos[k].as_str(), "ADV" | "CCONJ") || (upos[k] == "PUNCT" && words[k] == ",")
        });
        if !between_ok {
            continue;
        }
        if below.is_some() {
            heads[v] = heads[a];
            deprels[v] = deprels[a].clone();
        }
        for k in 0..n {
            if k == v || heads[k] != a + 1 {
                continue;
            }
            heads[k] = v + 1;
            match deprels[k].as_str() {
                "cop" => deprels[k] = "aux:pass".to_string(),
                "nsubj" => deprels[k] = "nsubj:pass".to_string(),
                _ => {}
            }
        }
        heads[a] = v + 1;
        deprels[a] = "advmod".to_string();
        // the adverb right before the participle is the first one's conjunct, its
        // coordinator that adverb's
        let last = v - 1;
        if last > a && upos[last] == "ADV" && heads[last] == v + 1 {
            heads[last] = a + 1;
            deprels[last] = "conj".to_string();
            for k in a + 1..last {
                if upos[k] == "CCONJ" && heads[k] == v + 1 {
                    heads[k] = last + 1;
                }
            }
        }
    }
}

/// A name read as a second subject of the subject phrase's verb. In "Russia defense officials
/// met Chinese diplomats" or "Japan coast guard officials said" the parser hangs the country
/// on the verb as `nsubj` beside the phrase it modifies ("officials"), and the event coder
/// then reads the country, not its officials, as the doer. One verb has one subject: when a
/// verb has two `nsubj` (or `nsubj:pass`) children, the first a name (`PROPN`) whose own
/// dependents all come before it and that stands right before the second's phrase (every word
/// between is a `compound`, `amod` or `flat` inside the second subject's phrase: no comma, no
/// coordinator), the name is a `compound` of the second subject. Subjects of two clauses
/// ("Russia, officials said, ...": punctuation between) and coordinated subjects keep their
/// reading. `heads` are 1-based (0: the root). (No allocation.)
pub fn names_read_as_second_subjects(upos: &[String], heads: &mut [usize], deprels: &mut [String]) {
    let n = upos.len();
    let subj = |d: &str| d == "nsubj" || d == "nsubj:pass";
    for t in 0..n {
        if upos[t] != "PROPN" || !subj(&deprels[t]) {
            continue;
        }
        let v = heads[t];
        if v == 0 {
            continue;
        }
        // the first word after the name that is not one of its own dependents
        let mut k = t + 1;
        while k < n && heads[k] == t + 1 && matches!(deprels[k].as_str(), "flat" | "compound") {
            k += 1;
        }
        // the second subject: the first later word hung on the same verb as a subject
        let Some(s2) = (k..n).find(|&j| heads[j] == v && subj(&deprels[j])) else {
            continue;
        };
        if upos[s2] != "NOUN" && upos[s2] != "PROPN" {
            continue;
        }
        // no dependent of the name after it (beyond its flat/compound words), and every word
        // between a modifier of the second subject
        if (k..n).any(|j| heads[j] == t + 1) {
            continue;
        }
        let between_ok = (k..s2).all(|j| {
            heads[j] > j + 1
                && heads[j] <= s2 + 1
                && matches!(deprels[j].as_str(), "compound" | "amod" | "flat")
                && matches!(upos[j].as_str(), "NOUN" | "PROPN" | "ADJ")
        });
        if between_ok {
            heads[t] = s2 + 1;
            deprels[t] = "compound".to_string();
        }
    }
}

/// A reduced relative clause read as the sentence's main verb. In "The civilians imprisoned
/// for acting against Moscow were released by Putin", "Soldiers wounded in the attack were
/// taken to hospital" the parser makes the participle the root with the noun as its subject,
/// and the real main verb ("were released") a `ccomp` or `parataxis` of it, with no subject of
/// its own; the noun then reads as the one who imprisoned. That shape has one reading: when the
/// root is a past participle or past tense with a noun subject right before it and no
/// auxiliary, object or subordinator, and a later clause hangs on it as `ccomp`, `parataxis`
/// or `advcl` with a finite auxiliary but no subject or subordinator, the later verb is made the root, the noun
/// its subject (`nsubj:pass` with a passive auxiliary), and the participle an `acl` of the
/// noun. `heads` are 1-based (0: the root).
pub fn reduced_relative_read_as_main_verb(
    words: &[&str],
    upos: &[String],
    xpos: &[String],
    heads: &mut [usize],
    deprels: &mut [String],
) {
    let n = upos.len();
    let Some(r) = (0..n).find(|&k| heads[k] == 0) else {
        return;
    };
    let kids = |heads: &[usize], x: usize| -> Vec<usize> {
        (0..n).filter(|&k| heads[k] == x + 1).collect()
    };
    let rel = |k: usize| deprels[k].split(':').next().unwrap_or("").to_string();
    if upos[r] != "VERB" || !matches!(xpos[r].as_str(), "VBN" | "VBD") {
        return;
    }
    let rk = kids(heads, r);
    if rk.iter().any(|&k| {
        matches!(
            rel(k).as_str(),
            "aux" | "obj" | "cop" | "mark" | "expl" | "xcomp"
        )
    }) {
        return;
    }
    let Some(&subj) = rk
        .iter()
        .find(|&&k| deprels[k] == "nsubj" && k < r && matches!(upos[k].as_str(), "NOUN" | "PROPN"))
    else {
        return;
    };
    // the subject's phrase ends right before the participle
    let under = |mut t: usize, a: usize| {
        for _ in 0..=n {
            if t == a {
                return true;
            }
            match heads[t].checked_sub(1) {
                Some(h) => t = h,
                None => return false,
            }
        }
        false
    };
    if !(subj + 1..r).all(|t| under(t, subj)) {
        return;
    }
    let Some(&v) = rk.iter().find(|&&v| {
        v > r
            && upos[v] == "VERB"
            && matches!(rel(v).as_str(), "ccomp" | "parataxis" | "advcl")
            && {
                let vk = kids(heads, v);
                !vk.iter()
                    .any(|&k| matches!(rel(k).as_str(), "nsubj" | "csubj" | "mark"))
                    && vk.iter().any(|&k| {
                        k < v
                            && k > r
                            && rel(k) == "aux"
                            && matches!(xpos[k].as_str(), "VBD" | "VBZ" | "VBP" | "MD")
                    })
            }
    }) else {
        return;
    };
    // a complementizer between them makes the later clause what the first verb says ("the
    // AMS said that for Iraqis to take part ... would be considered ..."), and so does
    // and punctuation a quotation or an aside ("the Federal Reserve stated, `` These
    // measures ... are designed ...", "closed at its lowest level, having lost ...")
    if (r + 1..v).any(|k| {
        upos[k] == "PUNCT"
            || ["that", "whether", "if"]
                .iter()
                .any(|c| words[k].eq_ignore_ascii_case(c))
    }) {
        return;
    }
    // no other verb between them, but inside an adverbial clause with its own subordinator
    // ("imprisoned for acting against Moscow"): in "The ministry said the plan announced last
    // week would cut costs" the verb between ("announced") belongs to what was said
    let marked_adverbial = |t: usize| {
        let mut x = t;
        for _ in 0..=n {
            match heads[x].checked_sub(1) {
                Some(h) if h == r => {
                    return rel(x) == "advcl" && kids(heads, x).iter().any(|&k| rel(k) == "mark")
                }
                Some(h) => x = h,
                None => return false,
            }
        }
        false
    };
    if (r + 1..v).any(|t| matches!(upos[t].as_str(), "VERB") && !marked_adverbial(t)) {
        return;
    }
    let passive = kids(heads, v).iter().any(|&k| deprels[k] == "aux:pass");
    for h in heads.iter_mut().skip(v + 1) {
        if *h == r + 1 {
            *h = v + 1;
        }
    }
    heads[v] = 0;
    deprels[v] = "root".to_string();
    heads[subj] = v + 1;
    deprels[subj] = if passive { "nsubj:pass" } else { "nsubj" }.to_string();
    heads[r] = subj + 1;
    deprels[r] = "acl".to_string();
}

#[cfg(test)]
mod tests {
    use super::*;

    /// UPOS and XPOS tags from "UPOS/XPOS UPOS/XPOS ...".
    fn tags(spec: &str) -> (Vec<String>, Vec<String>) {
        spec.split(' ')
            .map(|t| {
                let (u, x) = t.split_once('/').unwrap();
                (u.to_string(), x.to_string())
            })
            .unzip()
    }

    /// The tags of `spec` ("UPOS/XPOS" per word) after `repair` ran over `text`'s words.
    fn retag(
        repair: fn(&[&str], &mut [String], &mut [String]),
        text: &str,
        spec: &str,
    ) -> (Vec<String>, Vec<String>) {
        let words: Vec<&str> = text.split(' ').collect();
        let (mut u, mut x) = tags(spec);
        repair(&words, &mut u, &mut x);
        (u, x)
    }

    #[test]
    fn an_existential_with_a_participle_is_a_passive() {
        // "There were ten soldiers killed by drones ." as the parser reads it
        let words: Vec<&str> = "There were ten soldiers killed by drones ."
            .split(' ')
            .collect();
        let xpos: Vec<String> = "EX VBD CD NNS VBN IN NNS ."
            .split(' ')
            .map(String::from)
            .collect();
        let mut heads = vec![2, 0, 4, 2, 4, 7, 5, 2];
        let mut rels: Vec<String> = "expl root nummod nsubj acl case obl:agent punct"
            .split(' ')
            .map(String::from)
            .collect();
        existential_passives(&words, &xpos, &mut heads, &mut rels);
        assert_eq!(heads, vec![5, 5, 4, 5, 0, 7, 5, 5]);
        assert_eq!(
            rels,
            "expl aux:pass nummod nsubj:pass root case obl:agent punct"
                .split(' ')
                .collect::<Vec<_>>()
        );
        // the participle inside the subject's phrase: "There were reports of soldiers killed ."
        let words: Vec<&str> = "There were reports of soldiers killed ."
            .split(' ')
            .collect();
        let xpos: Vec<String> = "EX VBD NNS IN NNS VBN ."
            .split(' ')
            .map(String::from)
            .collect();
        let mut heads = vec![2, 0, 2, 5, 3, 5, 2];
        let mut rels: Vec<String> = "expl root nsubj case nmod acl punct"
            .split(' ')
            .map(String::from)
            .collect();
        let (h0, r0) = (heads.clone(), rels.clone());
        existential_passives(&words, &xpos, &mut heads, &mut rels);
        assert_eq!((heads, rels), (h0, r0));
    }

    #[test]
    fn a_comment_clause_stands_between_a_verb_and_the_words_after_it() {
        let find = |text: &str, spec: &str| {
            let words: Vec<&str> = text.split(' ').collect();
            let (u, x) = tags(spec);
            (1..words.len()).find_map(|c| comment_clause(&words, &u, &x, c))
        };
        assert_eq!(
            find(
                "Iran will restore , it appears , full ties .",
                "PROPN/NNP AUX/MD VERB/VB PUNCT/, PRON/PRP VERB/VBZ PUNCT/, ADJ/JJ NOUN/NNS PUNCT/."
            ),
            Some((3, 7, 5, 4))
        );
        assert_eq!(
            find(
                "Israel will free , it is believed , 50 prisoners .",
                "PROPN/NNP AUX/MD VERB/VB PUNCT/, PRON/PRP AUX/VBZ VERB/VBN PUNCT/, NUM/CD NOUN/NNS PUNCT/."
            ),
            Some((3, 8, 6, 4))
        );
        assert_eq!(
            find(
                "Russia accused , Ukrainian officials said , Kyiv of lying .",
                "PROPN/NNP VERB/VBD PUNCT/, ADJ/JJ NOUN/NNS VERB/VBD PUNCT/, PROPN/NNP SCONJ/IN VERB/VBG PUNCT/."
            ),
            Some((2, 7, 5, 3))
        );
        // after a noun, not a verb: an attribution closing a clause
        assert_eq!(
            find(
                "Israel attacked Gaza , officials said , and Hamas fired .",
                "PROPN/NNP VERB/VBD PROPN/NNP PUNCT/, NOUN/NNS VERB/VBD PUNCT/, CCONJ/CC PROPN/NNP VERB/VBD PUNCT/."
            ),
            None
        );
        // a verb that is no comment verb
        assert_eq!(
            find(
                "Iran will restore , it hopes , full ties .",
                "PROPN/NNP AUX/MD VERB/VB PUNCT/, PRON/PRP VERB/VBZ PUNCT/, ADJ/JJ NOUN/NNS PUNCT/."
            ),
            None
        );
    }

    #[test]
    fn a_past_tense_read_as_an_adjective_is_the_verb() {
        let run = |text: &str, spec: &str| retag(past_tenses_read_as_adjectives, text, spec);
        let (u, x) = run(
            "The US presented evidence against Russia .",
            "DET/DT PROPN/NNP ADJ/JJ NOUN/NN ADP/IN PROPN/NNP PUNCT/.",
        );
        assert_eq!((u[2].as_str(), x[2].as_str()), ("VERB", "VBD"));
        let (_, x) = run(
            "The US provided weapons to Israel .",
            "DET/DT PROPN/NNP VERB/VBN NOUN/NNS ADP/IN PROPN/NNP PUNCT/.",
        );
        assert_eq!(x[2], "VBD");
        // a finite verb elsewhere: the adjective stays ("The US armed forces seized vehicles")
        let (u, x) = run(
            "The US armed forces seized vehicles",
            "DET/DT PROPN/NNP ADJ/JJ NOUN/NNS VERB/VBD NOUN/NNS",
        );
        assert_eq!((u[2].as_str(), x[2].as_str()), ("ADJ", "JJ"));
        // an adverb before it: "the newly presented evidence" is a noun phrase
        let (_, x) = run(
            "the newly presented evidence",
            "DET/DT ADV/RB ADJ/JJ NOUN/NN",
        );
        assert_eq!(x[2], "JJ");
    }

    #[test]
    fn a_past_tense_read_as_a_participle_after_its_subject_is_the_verb() {
        let run = |text: &str, spec: &str| {
            retag(past_tenses_read_as_participles_after_a_subject, text, spec)
        };
        let (u, x) = run(
            "Thousands of Kurds demonstrated in Kirkuk , demanding independence .",
            "NOUN/NNS ADP/IN PROPN/NNPS VERB/VBN ADP/IN PROPN/NNP PUNCT/, VERB/VBG NOUN/NN PUNCT/.",
        );
        assert_eq!((u[3].as_str(), x[3].as_str()), ("VERB", "VBD"));
        // a closing attribution is not the clause's finite verb
        let (_, x) = run(
            "Students protested in Cairo calling for reform , witnesses said .",
            "NOUN/NNS VERB/VBN ADP/IN PROPN/NNP VERB/VBG ADP/IN NOUN/NN PUNCT/, NOUN/NNS VERB/VBD PUNCT/.",
        );
        assert_eq!(x[1], "VBD");
        // a finite verb elsewhere: the reduced relative stays
        let (_, x) = run(
            "Palestinians arrested in Hebron were released .",
            "PROPN/NNPS VERB/VBN ADP/IN PROPN/NNP AUX/VBD VERB/VBN PUNCT/.",
        );
        assert_eq!(x[1], "VBN");
        // an agent or an object: a passive participle, or not this repair's case
        let (_, x) = run(
            "Weapons seized by police .",
            "NOUN/NNS VERB/VBN ADP/IN NOUN/NNS PUNCT/.",
        );
        assert_eq!(x[1], "VBN");
        // a verb with a passive: the headline's participle stays
        let (_, x) = run(
            "Three protesters killed in Nairobi .",
            "NUM/CD NOUN/NNS VERB/VBN ADP/IN PROPN/NNP PUNCT/.",
        );
        assert_eq!(x[2], "VBN");
        // a thing shown: "demonstrated" after a singular common noun stays the participle
        let (_, x) = run(
            "New Chinese drone demonstrated at Zhuhai air show",
            "ADJ/JJ ADJ/JJ NOUN/NN VERB/VBN ADP/IN PROPN/NNP NOUN/NN NOUN/NN",
        );
        assert_eq!(x[3], "VBN");
        // a crowd in the singular with another protest verb is still repaired
        let (_, x) = run(
            "A crowd marched through Kiev , chanting slogans .",
            "DET/DT NOUN/NN VERB/VBN ADP/IN PROPN/NNP PUNCT/, VERB/VBG NOUN/NNS PUNCT/.",
        );
        assert_eq!(x[2], "VBD");
    }

    #[test]
    fn a_name_first_in_the_sentence_read_as_an_adverb_is_a_name() {
        let run = |text: &str, spec: &str| retag(names_read_as_adverbs, text, spec);
        let (u, x) = run(
            "Italy criticized the plan .",
            "ADV/RB VERB/VBD DET/DT NOUN/NN PUNCT/.",
        );
        assert_eq!((u[0].as_str(), x[0].as_str()), ("PROPN", "NNP"));
        let (_, x) = run(
            "Somaliland signs a deal with Ethiopia .",
            "ADV/RB VERB/VBZ DET/DT NOUN/NN ADP/IN PROPN/NNP PUNCT/.",
        );
        assert_eq!(x[0], "NNP");
        // a participle in a sentence with no finite verb is the past tense
        let (u, x) = run(
            "Italy sent troops to Libya .",
            "ADV/RB VERB/VBN NOUN/NNS ADP/IN PROPN/NNP PUNCT/.",
        );
        assert_eq!((u[0].as_str(), x[1].as_str()), ("PROPN", "VBD"));
        // an adverb that opens a clause before its verb stays: "Then came the news"
        let (u, _) = run(
            "Then came the news .",
            "ADV/RB VERB/VBD DET/DT NOUN/NN PUNCT/.",
        );
        assert_eq!(u[0], "ADV");
        let (u, _) = run(
            "Finally came the news .",
            "ADV/RB VERB/VBD DET/DT NOUN/NN PUNCT/.",
        );
        assert_eq!(u[0], "ADV");
        // a review's adverb before its participle: "Highly recommended" (UD EWT dev)
        let (u, x) = run("Highly recommended .", "ADV/RB VERB/VBN PUNCT/.");
        assert_eq!((u[0].as_str(), x[1].as_str()), ("ADV", "VBN"));
        // a participle with a finite verb elsewhere: "Newly appointed ... has refused"
        let (u, x) = run(
            "Hastily drafted changes have failed .",
            "ADV/RB VERB/VBN NOUN/NNS AUX/VBP VERB/VBN PUNCT/.",
        );
        assert_eq!((u[0].as_str(), x[1].as_str()), ("ADV", "VBN"));
        // an inversion or a headline's wound: "Inside were ...", "Critically wounded ..."
        let (u, _) = run(
            "Inside were the bodies of three men .",
            "ADV/RB AUX/VBD DET/DT NOUN/NNS ADP/IN NUM/CD NOUN/NNS PUNCT/.",
        );
        assert_eq!(u[0], "ADV");
        let (u, x) = run(
            "Critically wounded soldiers flown to Germany .",
            "ADV/RB VERB/VBN NOUN/NNS VERB/VBN ADP/IN PROPN/NNP PUNCT/.",
        );
        assert_eq!((u[0].as_str(), x[1].as_str()), ("ADV", "VBN"));
    }

    #[test]
    fn an_object_after_an_oblique_hung_on_the_full_stop_is_the_object() {
        let tagged = |spec: &str| tags(spec).0;
        // Israeli troops have cordoned off for security reasons the roads leading into Jenin .
        let upos = tagged(
            "ADJ/JJ NOUN/NNS AUX/VBP VERB/VBN ADP/RP ADP/IN NOUN/NN NOUN/NNS DET/DT NOUN/NNS \
             VERB/VBG ADP/IN PROPN/NNP PUNCT/.",
        );
        let mut heads = vec![2, 4, 4, 0, 4, 8, 8, 4, 10, 14, 10, 13, 11, 4];
        let mut rels: Vec<String> = [
            "amod",
            "nsubj",
            "aux",
            "root",
            "compound:prt",
            "case",
            "compound",
            "obl",
            "det",
            "nsubj",
            "acl",
            "case",
            "obl",
            "punct",
        ]
        .iter()
        .map(|r| r.to_string())
        .collect();
        objects_after_an_oblique(&upos, &mut heads, &mut rels);
        assert_eq!((heads[9], rels[9].as_str()), (4, "obj"));
        // nothing between the verb and the noun: "'...,' says ANA senior vice president Mitsuo
        // Morimoto" keeps its reading
        let upos = tagged("VERB/VBZ PROPN/NNP PROPN/NNP PUNCT/.");
        let mut heads = vec![0, 3, 4, 1];
        let mut rels: Vec<String> = ["root", "compound", "nsubj", "punct"]
            .iter()
            .map(|r| r.to_string())
            .collect();
        objects_after_an_oblique(&upos, &mut heads, &mut rels);
        assert_eq!((heads[2], rels[2].as_str()), (4, "nsubj"));
    }

    fn rels(r: &[&str]) -> Vec<String> {
        r.iter().map(|r| r.to_string()).collect()
    }

    #[test]
    fn a_name_read_as_a_second_subject_is_a_compound() {
        let tagged = |spec: &str| tags(spec).0;
        // "Russia defense officials met diplomats": Russia nsubj of met beside officials
        let upos = tagged("PROPN/NNP NOUN/NN NOUN/NNS VERB/VBD NOUN/NNS");
        let mut heads = vec![4, 3, 4, 0, 4];
        let mut r = rels(&["nsubj", "compound", "nsubj", "root", "obj"]);
        names_read_as_second_subjects(&upos, &mut heads, &mut r);
        assert_eq!((heads[0], r[0].as_str()), (3, "compound"));
        // "Russia , officials said , attacked": a comma between keeps the reading
        let upos = tagged("PROPN/NNP PUNCT/, NOUN/NNS VERB/VBD");
        let mut heads = vec![4, 3, 4, 0];
        let mut r = rels(&["nsubj", "punct", "nsubj", "root"]);
        names_read_as_second_subjects(&upos, &mut heads, &mut r);
        assert_eq!((heads[0], r[0].as_str()), (4, "nsubj"));
    }

    #[test]
    fn a_copula_on_coordinated_adverbs_before_a_participle_is_a_passive() {
        // "Israel was sharply and repeatedly criticized"
        let words = [
            "Israel",
            "was",
            "sharply",
            "and",
            "repeatedly",
            "criticized",
        ];
        let (upos, xpos) = tags("PROPN/NNP AUX/VBD ADV/RB CCONJ/CC ADV/RB VERB/VBN");
        let mut heads = vec![3, 3, 0, 6, 6, 3];
        let mut r = rels(&["nsubj", "cop", "root", "cc", "advmod", "conj"]);
        passives_read_as_copular_adverbs(&words, &upos, &xpos, &mut heads, &mut r);
        assert_eq!(heads, vec![6, 6, 6, 5, 3, 0]);
        assert_eq!(
            r,
            rels(&["nsubj:pass", "aux:pass", "advmod", "cc", "conj", "root"])
        );
        // "He was there and tired": no -ly adverb, unchanged
        let words = ["He", "was", "there", "and", "tired"];
        let (upos, xpos) = tags("PRON/PRP AUX/VBD ADV/RB CCONJ/CC VERB/VBN");
        let mut heads = vec![3, 3, 0, 5, 3];
        let mut r = rels(&["nsubj", "cop", "root", "cc", "conj"]);
        passives_read_as_copular_adverbs(&words, &upos, &xpos, &mut heads, &mut r);
        assert_eq!(heads, vec![3, 3, 0, 5, 3]);
    }

    #[test]
    fn a_verb_after_an_aside_is_no_plural_noun() {
        let run = |text: &str, spec: &str| retag(verbs_after_an_aside, text, spec);
        let (u, x) = run(
            "Greece , like most members , plans to impose restrictions",
            "PROPN/NNP PUNCT/, ADP/IN ADJ/JJS NOUN/NNS PUNCT/, NOUN/NNS PART/TO VERB/VB NOUN/NNS",
        );
        assert_eq!((u[6].as_str(), x[6].as_str()), ("VERB", "VBZ"));
        let (_, x) = run(
            "Iran , the largest producer , vows to cut exports",
            "PROPN/NNP PUNCT/, DET/DT ADJ/JJS NOUN/NN PUNCT/, NOUN/NNS PART/TO VERB/VB NOUN/NNS",
        );
        assert_eq!(x[6], "VBZ");
        // a finite verb elsewhere: the noun stays ("..., plans to build a dam were shelved")
        let (u, _) = run(
            "In May , plans to build a dam were shelved",
            "ADP/IN PROPN/NNP PUNCT/, NOUN/NNS PART/TO VERB/VB DET/DT NOUN/NN AUX/VBD VERB/VBN",
        );
        assert_eq!(u[3], "NOUN");
        // no comma before it: left to the tagger
        let (u, _) = run(
            "Government plans to build dam",
            "NOUN/NN NOUN/NNS PART/TO VERB/VB NOUN/NN",
        );
        assert_eq!(u[1], "NOUN");
    }

    #[test]
    fn a_noun_in_ing_after_an_article_before_a_day_is_a_noun() {
        let run = |text: &str, spec: &str| retag(nouns_in_ing_before_a_day, text, spec);
        let (u, x) = run(
            "The court opened a landmark hearing Wednesday into the case",
            "DET/DT NOUN/NN VERB/VBD DET/DT NOUN/NN VERB/VBG PROPN/NNP ADP/IN DET/DT NOUN/NN",
        );
        assert_eq!((u[5].as_str(), x[5].as_str()), ("NOUN", "NN"));
        let (u, _) = run(
            "The two sides held a closed meeting today .",
            "DET/DT NUM/CD NOUN/NNS VERB/VBD DET/DT ADJ/JJ VERB/VBG NOUN/NN PUNCT/.",
        );
        assert_eq!(u[6], "NOUN");
        // a participle with its own object, or no article before the phrase, stays
        let (u, _) = run(
            "Police arrested a man carrying guns Monday",
            "NOUN/NNS VERB/VBD DET/DT NOUN/NN VERB/VBG NOUN/NNS PROPN/NNP",
        );
        assert_eq!(u[4], "VERB");
        let (u, _) = run(
            "Protesters were marching Monday in Paris",
            "NOUN/NNS AUX/VBD VERB/VBG PROPN/NNP ADP/IN PROPN/NNP",
        );
        assert_eq!(u[2], "VERB");
    }

    #[test]
    fn a_multiplier_after_a_cardinal_number_is_part_of_the_number() {
        let run = |text: &str, spec: &str| retag(number_words, text, spec);
        let (u, x) = run(
            "Five hundred rebels surrendered",
            "NUM/CD VERB/VBD NOUN/NNS VERB/VBD",
        );
        assert_eq!((u[1].as_str(), x[1].as_str()), ("NUM", "CD"));
        let (u, _) = run(
            "Two thousand students marched",
            "NUM/CD NOUN/NN NOUN/NNS VERB/VBD",
        );
        assert_eq!(u[1], "NUM");
        let (u, _) = run(
            "About 3 million people fled",
            "ADV/RB NUM/CD NOUN/NN NOUN/NNS VERB/VBD",
        );
        assert_eq!(u[2], "NUM");
        // a plural multiplier is a noun; a multiplier after no number stays as tagged
        let (u, _) = run("Five hundreds of", "NUM/CD NOUN/NNS ADP/IN");
        assert_eq!(u[1], "NOUN");
        let (u, _) = run("The hundred days", "DET/DT NOUN/NN NOUN/NNS");
        assert_eq!(u[1], "NOUN");
    }

    #[test]
    fn a_day_between_a_demand_and_its_clause_keeps_the_subjunctive() {
        let words: Vec<&str> = "its demand today that Israel ease restrictions"
            .split(' ')
            .collect();
        let (mut u, mut x) = tags("PRON/PRP$ NOUN/NN NOUN/NN SCONJ/IN PROPN/NNP NOUN/NN NOUN/NNS");
        mandative_subjunctives(&words, &mut u, &mut x);
        assert_eq!(u[5], "VERB");
        // a preposition after a noun is no verb ("restrictions on the movement")
        let words: Vec<&str> = "demand that Israel ease restrictions on the movement"
            .split(' ')
            .collect();
        let (mut u, mut x) =
            tags("NOUN/NN SCONJ/IN PROPN/NNP NOUN/NN NOUN/NNS ADP/IN DET/DT NOUN/NN");
        mandative_subjunctives(&words, &mut u, &mut x);
        assert_eq!((u[3].as_str(), u[5].as_str()), ("VERB", "ADP"));
        let words: Vec<&str> = "its report today that Israel ease restrictions"
            .split(' ')
            .collect();
        let (mut u, mut x) = tags("PRON/PRP$ NOUN/NN NOUN/NN SCONJ/IN PROPN/NNP NOUN/NN NOUN/NNS");
        mandative_subjunctives(&words, &mut u, &mut x);
        assert_eq!(u[5], "NOUN");
    }

    #[test]
    fn a_verb_before_a_day_phrase_at_the_start_or_after_a_name_is_a_name() {
        let run = |text: &str, spec: &str| {
            let words: Vec<&str> = text.split(' ').collect();
            let (mut u, mut x) = tags(spec);
            nouns_before_day_phrases(&words, &mut u, &mut x);
            u
        };
        let u = run(
            "Trump on 2/9 expressed disappointment",
            "VERB/VB ADP/IN NUM/CD VERB/VBD NOUN/NN",
        );
        assert_eq!(u[0], "PROPN");
        let u = run(
            "President Bush on Monday signed it",
            "PROPN/NNP VERB/VB ADP/IN PROPN/NNP VERB/VBD PRON/PRP",
        );
        assert_eq!(u[1], "PROPN");
        // no finite verb after the day: an imperative stays a verb
        let u = run("Join us on Friday", "VERB/VB PRON/PRP ADP/IN PROPN/NNP");
        assert_eq!(u[0], "VERB");
        let u = run(
            "Vote on Friday to decide",
            "VERB/VB ADP/IN PROPN/NNP PART/TO VERB/VB",
        );
        assert_eq!(u[0], "VERB");
        // lower case, or after a common noun: not a name
        let u = run(
            "They trump on Monday decided",
            "PRON/PRP VERB/VBP ADP/IN PROPN/NNP VERB/VBD",
        );
        assert_eq!(u[1], "VERB");
    }

    #[test]
    fn a_past_tense_read_as_a_participle_after_a_day_phrase() {
        let run = |text: &str, spec: &str| {
            let words: Vec<&str> = text.split(' ').collect();
            let (mut u, mut x) = tags(spec);
            assert_eq!(words.len(), u.len(), "{text}");
            nouns_before_day_phrases(&words, &mut u, &mut x);
            x
        };
        let x = run(
            "Donald Trump on 2/9 expressed \" great disappointment \" that Putin had not reached a deal",
            "PROPN/NNP PROPN/NNP ADP/IN NUM/CD VERB/VBN PUNCT/`` ADJ/JJ NOUN/NN PUNCT/'' SCONJ/IN PROPN/NNP AUX/VBD PART/RB VERB/VBN DET/DT NOUN/NN",
        );
        assert_eq!(x[4], "VBD");
        assert_eq!(x[13], "VBN");
        let x = run(
            "The army on Friday quietly withdrawn troops",
            "DET/DT NOUN/NN ADP/IN PROPN/NNP ADV/RB VERB/VBN NOUN/NNS",
        );
        assert_eq!(x[5], "VBN", "not a regular past: no -ed");
        let x = run(
            "The ministry last week formally announced new sanctions",
            "DET/DT NOUN/NN ADJ/JJ NOUN/NN ADV/RB VERB/VBN ADJ/JJ NOUN/NNS",
        );
        assert_eq!(x[5], "VBD", "adverbs between");
        // a passive or a reduced relative participle stays
        let x = run(
            "The attack on Monday claimed by the group",
            "DET/DT NOUN/NN ADP/IN PROPN/NNP VERB/VBN ADP/IN DET/DT NOUN/NN",
        );
        assert_eq!(x[4], "VBN");
        let x = run(
            "The bombing on Monday blamed on rebels killed 20 people",
            "DET/DT NOUN/NN ADP/IN PROPN/NNP VERB/VBN ADP/IN NOUN/NNS VERB/VBD NUM/CD NOUN/NNS",
        );
        assert_eq!(x[4], "VBN");
        let x = run(
            "The troops on Friday deployed to the border will stay",
            "DET/DT NOUN/NNS ADP/IN PROPN/NNP VERB/VBN ADP/IN DET/DT NOUN/NN AUX/MD VERB/VB",
        );
        assert_eq!(x[4], "VBN");
        // after a verb, not a noun: not this rule's
        let x = run(
            "He was on Friday arrested",
            "PRON/PRP AUX/VBD ADP/IN PROPN/NNP VERB/VBN",
        );
        assert_eq!(x[4], "VBN");
    }

    #[test]
    fn the_perfect_auxiliary_by_its_words() {
        let run = |text: &str, spec: &str| {
            let words: Vec<&str> = text.split(' ').collect();
            let (u, x): (Vec<&str>, Vec<&str>) =
                spec.split(' ').map(|t| t.split_once('/').unwrap()).unzip();
            assert_eq!(words.len(), u.len(), "{text}");
            perfect_auxiliaries(&words, &u, &x)
        };
        use Perfect::*;
        // "have" read as the main verb before adverbs and a participle
        assert_eq!(
            run(
                "Putin has repeatedly stated that",
                "PROPN/NNP VERB/VBZ ADV/RB VERB/VBN SCONJ/IN"
            ),
            [Auxiliary(1)]
        );
        assert_eq!(
            run(
                "The government had not yet announced the results",
                "DET/DT NOUN/NN VERB/VBD PART/RB ADV/RB VERB/VBN DET/DT NOUN/NNS"
            ),
            [Auxiliary(2)]
        );
        // a floating quantifier between them
        assert_eq!(
            run(
                "which we had both previously approved .",
                "PRON/WDT PRON/PRP VERB/VBD DET/DT ADV/RB VERB/VBN PUNCT/."
            ),
            [Auxiliary(2), Adverb(3)]
        );
        assert_eq!(
            run(
                "The two sides have all signed the deal",
                "DET/DT NUM/CD NOUN/NNS AUX/VBP DET/DT VERB/VBN DET/DT NOUN/NN"
            ),
            [Adverb(4)]
        );
        // the participle read as a past tense after an auxiliary or "having"
        assert_eq!(
            run(
                "it has never officially said that",
                "PRON/PRP AUX/VBZ ADV/RB ADV/RB VERB/VBD SCONJ/IN"
            ),
            [Participle(4)]
        );
        assert_eq!(
            run(
                "Having personally visited the West",
                "VERB/VBG ADV/RB VERB/VBD DET/DT PROPN/NNP"
            ),
            [Auxiliary(0), Participle(2)]
        );
        // already right: nothing to change
        assert_eq!(
            run(
                "She has repeatedly denied it",
                "PRON/PRP AUX/VBZ ADV/RB VERB/VBN PRON/PRP"
            ),
            []
        );
        // a main "have": an object, "to", nothing between, an adjective of an object, a past
        // tense after a main "had"
        assert_eq!(
            run(
                "The party has a plan",
                "DET/DT NOUN/NN VERB/VBZ DET/DT NOUN/NN"
            ),
            []
        );
        assert_eq!(
            run(
                "They had them arrested",
                "PRON/PRP VERB/VBD PRON/PRP VERB/VBN"
            ),
            []
        );
        assert_eq!(
            run("We have to go", "PRON/PRP VERB/VBP PART/TO VERB/VB"),
            []
        );
        assert_eq!(
            run(
                "If you have limited options",
                "SCONJ/IN PRON/PRP VERB/VBP VERB/VBN NOUN/NNS"
            ),
            []
        );
        assert_eq!(
            run(
                "The houses had all painted walls",
                "DET/DT NOUN/NNS VERB/VBD DET/DT VERB/VBN NOUN/NNS"
            ),
            []
        );
        assert_eq!(
            run(
                "the money they had later disappeared",
                "DET/DT NOUN/NN PRON/PRP VERB/VBD ADV/RB VERB/VBD"
            ),
            []
        );
        // "has to" then an adverb: not a perfect
        assert_eq!(
            run(
                "The law has to quickly passed",
                "DET/DT NOUN/NN VERB/VBZ PART/TO ADV/RB VERB/VBN"
            ),
            []
        );
    }

    #[test]
    fn time_phrases() {
        let w = |s: &'static str| s.split(' ').collect::<Vec<_>>();
        assert_eq!(time_phrase(&w("X on Friday met"), 1), Some((3, 2, Some(1))));
        assert_eq!(
            time_phrase(&w("X late Sunday night said"), 1),
            Some((4, 3, Some(1)))
        );
        assert_eq!(time_phrase(&w("X today said"), 1), Some((2, 1, None)));
        assert_eq!(time_phrase(&w("X last week said"), 1), Some((3, 2, None)));
        assert_eq!(
            time_phrase(&w("X on March 3 said"), 1),
            Some((4, 2, Some(1)))
        );
        // "may" the verb, a lowercase weekday, a month with no day
        assert_eq!(time_phrase(&w("X may said"), 1), None);
        assert_eq!(time_phrase(&w("X on friday met"), 1), None);
        assert_eq!(time_phrase(&w("X on March said"), 1), None);
        // figures: day and month, with or without the year; a day number before a month
        assert_eq!(time_phrase(&w("X on 2/9 said"), 1), Some((3, 2, Some(1))));
        assert_eq!(
            time_phrase(&w("X on 21/08/2025 said"), 1),
            Some((3, 2, Some(1)))
        );
        assert_eq!(
            time_phrase(&w("X on 21 August said"), 1),
            Some((4, 3, Some(1)))
        );
        // not a date: a fraction with a long part, a number with no month, a lowercase month
        assert_eq!(time_phrase(&w("X on 3/100 said"), 1), None);
        assert_eq!(time_phrase(&w("X on 21 said"), 1), None);
        assert_eq!(time_phrase(&w("X on 21 may said"), 1), None);
        assert_eq!(time_phrase(&w("X 2/9 said"), 1), None);
    }
}
