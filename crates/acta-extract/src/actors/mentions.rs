//! Finding mentions in a sentence: names (entity tagger and dictionaries) with their titles,
//! appositions, role nouns and other nominals, pronouns, nationality adjectives,
//! coordinations, and capitals used for their governments.

use acta_core::Sentence;

use super::countries::{Country, CountryWord, Gender};
use super::kinds::{is_sector_root, EntityType};
use super::words::{self, Nominal, Pron};
use super::Actors;
use crate::dict::actors::norm_word;
use crate::dict::{AgentMode, Day};
use crate::ner::{GazKind, NerKind, NerSpan};

/// How a mention was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Name,
    Nominal,
    Pronoun,
    Adjective,
    Group,
}

/// A mention found in a sentence, with everything coding and coreference need.
#[derive(Clone, Debug)]
pub struct Cand {
    /// Index of the sentence in `Document::sentences`.
    pub sent: usize,
    /// Tokens `start..end` of the mention as written (title included).
    pub start: usize,
    pub end: usize,
    /// Tokens of the name itself, for names (`Sergey Lavrov` in `Russian Foreign Minister
    /// Sergey Lavrov`).
    pub name: Option<(usize, usize)>,
    pub head: usize,
    pub form: Form,
    pub ty: Option<EntityType>,
    /// Dictionary entry (index into `ActorDictionary::actors`).
    pub actor: Option<usize>,
    /// Code and why, as found on this mention alone (dictionary, metonym, title, agent).
    pub code: Option<String>,
    pub source: Option<String>,
    /// Country of the title, adjective, possessive or `of` phrase (`RUS`).
    pub country: Option<String>,
    /// Full code of an organisation in the title (`NATO Secretary General` → `IGOWSTNAT`).
    pub org_code: Option<String>,
    /// Role code of the title or role noun (`GOV`), and the agent entry's origin.
    pub agent: Option<(String, AgentMode, String)>,
    /// A state's agent (`GOV`) that a region's or a people's role noun does not take ("Yoruba
    /// leaders", "the Chechen government" are not the state's government): the agent entry's
    /// origin, for `actor_source`; the phrase is coded with its country alone.
    pub withheld: Option<String>,
    /// Words of the title or nominal, normalized (`russian foreign minister`).
    pub title: Vec<String>,
    /// The title as written, for `actor_source` (`Ukrainian + President`).
    pub title_text: String,
    /// The title follows a capitalized word it did not take ("European Central Bank President
    /// Jean-Claude Trichet": an organisation's office, likely).
    pub title_after_name: bool,
    pub former: bool,
    pub gender: Option<Gender>,
    pub plural: bool,
    pub definite: bool,
    pub metonym: bool,
    /// Relation of the head to its parent.
    pub deprel: String,
    /// For an apposition: the candidate (index in the document's list) it describes.
    pub appos_of: Option<usize>,
    /// For a coordination: its members (indexes in the document's list).
    pub members: Vec<usize>,
    pub pron: Option<Pron>,
    pub nominal: Option<Nominal>,
    /// The mention says where the act of its clause happens ("in Cairo", "near the town of
    /// Kidal", "Syrian" in "in the Syrian city of Homs"), not whom it is done to or where to
    /// (`View::in_setting`).
    pub setting: bool,
    /// The country named inside an organisation's name the dictionaries lack, which codes it
    /// ("the Kenya Anti-Corruption Commission": `KEN`; `Actors::country_in_name`).
    pub named_country: Option<String>,
    /// A name that only modifies a common noun ("Mac" in "their Mac apps", "Apple" in "Apple
    /// engineers"): no antecedent for "he" or "she" (`link_pronoun` in coref.rs).
    pub modifier: bool,
    /// `name`, `title`, `dictionary`, `surname`, `metonym`, `nominal`, `pronoun`,
    /// `adjective`, `group`.
    pub via: &'static str,
}

impl Cand {
    /// Whether this mention ends before `other` begins (an earlier sentence, or earlier in
    /// the same one).
    pub fn ends_before(&self, other: &Cand) -> bool {
        self.sent < other.sent || (self.sent == other.sent && self.end <= other.start)
    }

    fn new(sent: usize, start: usize, end: usize, head: usize, form: Form) -> Cand {
        Cand {
            sent,
            start,
            end,
            name: None,
            head,
            form,
            ty: None,
            actor: None,
            code: None,
            source: None,
            country: None,
            org_code: None,
            agent: None,
            withheld: None,
            title: Vec::new(),
            title_text: String::new(),
            title_after_name: false,
            former: false,
            gender: None,
            plural: false,
            definite: false,
            metonym: false,
            deprel: String::new(),
            appos_of: None,
            members: Vec::new(),
            pron: None,
            nominal: None,
            setting: false,
            named_country: None,
            modifier: false,
            via: "name",
        }
    }

    pub fn is_subject(&self) -> bool {
        self.deprel.starts_with("nsubj")
    }
}

/// A sentence's tokens as the finder reads them.
pub(crate) struct View<'a> {
    pub text: Vec<&'a str>,
    pub norm: Vec<String>,
    pub lower: Vec<String>,
    pub upos: Vec<&'a str>,
    pub xpos: Vec<&'a str>,
    pub deprel: Vec<&'a str>,
    /// 0-based head, `None` for the root.
    pub head: Vec<Option<usize>>,
    /// A hyphen written between two words without spaces ("al-Qaeda", "al-Bashir"): the
    /// dictionaries write such names as separate words, so their matching skips it.
    pub joining: Vec<bool>,
    /// A possessive mark written onto the word before it: "'s" ("People's") or a bare
    /// apostrophe after a word ending in s ("Workers'"). The dictionaries write such names
    /// as one word (`PEOPLE'S` → `peoples`, `WORKERS'` → `workers`), so their matching may
    /// fold the mark into that word.
    pub mark: Vec<bool>,
}

impl<'a> View<'a> {
    pub fn new(s: &'a Sentence) -> View<'a> {
        let n = s.tokens.len();
        View {
            text: s.tokens.iter().map(|t| t.text.as_str()).collect(),
            norm: s.tokens.iter().map(|t| norm_word(&t.text)).collect(),
            lower: s.tokens.iter().map(|t| t.text.to_lowercase()).collect(),
            upos: s
                .tokens
                .iter()
                .map(|t| t.upos.as_deref().unwrap_or(""))
                .collect(),
            xpos: s
                .tokens
                .iter()
                .map(|t| t.xpos.as_deref().unwrap_or(""))
                .collect(),
            deprel: s
                .tokens
                .iter()
                .map(|t| t.deprel.as_deref().unwrap_or(""))
                .collect(),
            head: s
                .tokens
                .iter()
                .map(|t| t.head.filter(|&h| h >= 1 && h <= n).map(|h| h - 1))
                .collect(),
            joining: (0..n)
                .map(|i| {
                    let t = &s.tokens;
                    i > 0
                        && i + 1 < n
                        && matches!(t[i].text.as_str(), "-" | "\u{2010}")
                        && t[i - 1].end == t[i].start
                        && t[i].end == t[i + 1].start
                })
                .collect(),
            mark: (0..n)
                .map(|i| {
                    let t = &s.tokens;
                    i > 0 && t[i - 1].end == t[i].start && {
                        let w = t[i].text.to_lowercase();
                        let before = t[i - 1].text.to_lowercase();
                        matches!(w.as_str(), "'s" | "\u{2019}s")
                            || (matches!(w.as_str(), "'" | "\u{2019}") && before.ends_with('s'))
                    }
                })
                .collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// The first word at or after `start`, looking no further than `last`, that is not a free
    /// determiner, adjective, compound or punctuation hung on a later word: where the name
    /// begins in "of war-torn Syria" or "based in Christian east Beirut".
    pub fn skip_premodifiers(&self, start: usize, last: usize, used: &[bool]) -> usize {
        let mut at = start;
        while at < self.len()
            && at <= last
            && !used[at]
            && matches!(self.deprel[at], "det" | "amod" | "compound" | "punct")
            && self.head[at].is_some_and(|g| g > at)
        {
            at += 1;
        }
        at
    }

    pub fn cap(&self, i: usize) -> bool {
        self.text[i].chars().next().is_some_and(char::is_uppercase)
    }

    /// The relation of the first token of `start..end` whose head lies outside the span: the
    /// span's relation to the sentence.
    /// The relation a hyphenated participle right after `end` gives the words before it
    /// ("US" in "US-backed forces", "London" in "a London-based group").
    pub fn hyphened_after(&self, end: usize) -> Option<words::Hyphened> {
        (end + 1 < self.len() && self.lower[end] == "-")
            .then(|| words::hyphened(&self.lower[end + 1]))
            .flatten()
    }

    pub fn span_head(&self, start: usize, end: usize) -> usize {
        (start..end)
            .find(|&i| self.head[i].is_none_or(|h| h < start || h >= end))
            .unwrap_or(end.saturating_sub(1))
    }

    /// A token's relation, seen through `conj` and `flat`/`compound` to the first conjunct.
    pub fn role(&self, i: usize) -> &'a str {
        let mut i = i;
        for _ in 0..4 {
            match (self.deprel[i], self.head[i]) {
                ("conj" | "flat" | "appos", Some(h)) => i = h,
                _ => break,
            }
        }
        self.deprel[i]
    }

    /// Whether a case-marking preposition of the token is locative ("in Moscow").
    pub fn has_locative_case(&self, i: usize) -> bool {
        let mut i = i;
        for _ in 0..3 {
            let case = (0..self.len()).find(|&k| {
                self.head[k] == Some(i)
                    && self.deprel[k] == "case"
                    && words::locative(&self.lower[k])
            });
            if case.is_some() {
                return true;
            }
            match (self.deprel[i], self.head[i]) {
                ("conj" | "flat", Some(h)) => i = h,
                _ => break,
            }
        }
        i > 0 && words::locative(&self.lower[i - 1]) && self.upos[i - 1] == "ADP"
    }

    /// Whether a token names where the act of its clause takes place: a preposition of place
    /// that is no direction governs it, or the kind of place it modifies through "of", an adjective
    /// of a kind of place, or a compound ("in Cairo", "near the northern town of Kidal", "Syrian" and "Homs" in
    /// "in the Syrian city of Homs", "in the capital of Kenya"). An object, a direction or a
    /// target is not: "struck Gaza", "withdrew from Syria", "sent troops to Mali", "fired on
    /// Syrian positions".
    pub fn in_setting(&self, i: usize) -> bool {
        let mut i = i;
        for _ in 0..6 {
            let mut of = false;
            for k in
                (0..self.len()).filter(|&k| self.head[k] == Some(i) && self.deprel[k] == "case")
            {
                match self.lower[k].as_str() {
                    "in" | "at" | "near" | "outside" | "inside" | "around" | "across"
                    | "throughout" | "within" => return true,
                    "of" => of = true,
                    _ => return false,
                }
            }
            match (self.deprel[i], self.head[i]) {
                // "of" a kind of place ("the town of Kidal", "the east of the Gaza Strip"),
                // not of an act ("the shelling of a Ukrainian town": its target)
                ("nmod", Some(h)) if of && words::place_kind(&self.lower[h]) => i = h,
                // a nationality adjective or name of a place ("the Syrian city", "Gaza
                // City"), not of an act ("killed in Israeli tank shelling": the attacker)
                // A border is the line between two states, so its adjective names one side
                // and not where the act happens ("rebels near the Sudanese border" may be on
                // either side)
                ("amod" | "compound", Some(h))
                    if !of
                        && !words::is_border(&self.lower[h])
                        && (words::place_kind(&self.lower[h]) || self.upos[h] == "PROPN") =>
                {
                    i = h
                }
                ("flat" | "conj" | "appos", Some(h)) if !of => i = h,
                _ => return false,
            }
        }
        false
    }
}

/// A dictionary match in a sentence.
#[derive(Clone, Debug)]
struct DictSpan {
    start: usize,
    end: usize,
    actor: usize,
    code: Option<String>,
    ty: EntityType,
}

impl Actors {
    /// Dictionary matches that look like names: some word capitalized, never a lowercase
    /// single word, never a nationality adjective alone.
    fn dict_spans(&self, v: &View, day: Option<Day>) -> Vec<DictSpan> {
        let mut out = Vec::new();
        // the words without the hyphens inside names, and where each is in the sentence
        let at: Vec<usize> = (0..v.len()).filter(|&k| !v.joining[k]).collect();
        let words: Vec<&str> = at.iter().map(|&k| v.norm[k].as_str()).collect();
        // the same words with each possessive mark folded into the word before it
        // ("Kurdistan Workers' Party" → `kurdistan workers party`, "Sudan People's
        // Liberation Army" → `sudan peoples liberation army`): a phrase matched so that ends
        // further than the plain words' match is taken instead
        // (first token, last token, word)
        let folded: Vec<(usize, usize, String)> = if v.mark.iter().any(|&m| m) {
            let mut f: Vec<(usize, usize, String)> = Vec::new();
            for &k in &at {
                match f.last_mut() {
                    Some((_, last, w)) if v.mark[k] => {
                        w.push_str(&v.norm[k]);
                        *last = k;
                    }
                    _ => f.push((k, k, v.norm[k].clone())),
                }
            }
            f
        } else {
            Vec::new()
        };
        let folded_words: Vec<&str> = folded.iter().map(|x| x.2.as_str()).collect();
        let mut i = 0;
        while i < words.len() {
            let plain = self.dict.actor_at(&words, i, day);
            let plain_end = plain.as_ref().map(|m| at[i + m.len - 1] + 1);
            let fold = folded
                .iter()
                .position(|x| x.0 == at[i])
                .and_then(|j| {
                    let m = self.dict.actor_at(&folded_words, j, day)?;
                    Some((folded[j + m.len - 1].1 + 1, m))
                })
                // a mark inside the phrase, not one after it ("Paris' CAC 40" is Paris)
                .filter(|(end, _)| plain_end.is_none_or(|p| *end > p) && !v.mark[*end - 1]);
            let (end, mut m) = match (fold, plain) {
                (Some((end, m)), _) => (end, m),
                (None, Some(m)) => (at[i + m.len - 1] + 1, m),
                (None, None) => {
                    i += 1;
                    continue;
                }
            };
            // an article that begins a shorter name than the one after it: "the West Bank" is
            // Phoenix's "West Bank" (PSE), not the overlay's "the West" (WST) and a stray word
            if words[i] == "the"
                && self
                    .dict
                    .actor_at(&words, i + 1, day)
                    .is_some_and(|n| n.len >= m.len)
            {
                i += 1;
                continue;
            }
            let start = at[i];
            m.len = end - start;
            let capital = (start..end).any(|k| v.cap(k))
                && (v.cap(start) || matches!(v.lower[start].as_str(), "the" | "al" | "el"));
            let adjective = matches!(
                self.countries.at(&v.norm, start),
                Some((len, CountryWord::Adjective, _)) if len == m.len
            ) || self.demonym(v, start, end).is_some();
            // a one-word all-caps match must be written in capitals ("US", not "Us" or "us")
            let short = m.len == 1 && v.norm[start].len() <= 3 && v.text[start].len() <= 4;
            let caps_ok = !short
                || v.text[start]
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase);
            if capital && !adjective && caps_ok {
                let (actor, code) = if self.dict.layers[m.actor] == crate::dict::Layer::Dictionary {
                    self.on_day(m.actor, day)
                } else {
                    (m.actor, m.code)
                };
                out.push(DictSpan {
                    start,
                    end,
                    actor,
                    code,
                    ty: self.types[actor],
                });
                i = at.partition_point(|&k| k < end);
            } else {
                i += 1;
            }
        }
        out
    }

    /// Whether a one-word dictionary person `d` inside the tagger's longer person name
    /// `start..end` is that person: the other words are titles ("King Hassan"), or the name
    /// ends with the entry's word and one of the entry's longer phrases begins with the name's
    /// first word ("Vladimir Vladimirovich Putin" for "Vladimir Putin"). "Ali Hassan" and
    /// "Omar Hassan Ahmed" are not Jordan's Prince Hassan.
    fn whole_person(&self, v: &View, start: usize, end: usize, d: &DictSpan) -> bool {
        let first = (start..end).find(|&k| {
            !(self.is_title_word(&v.lower[k])
                || words::MODIFIERS.contains(&v.lower[k].as_str())
                || words::HONORIFICS.contains(&v.lower[k].as_str()))
        });
        let Some(first) = first else { return true };
        if first == d.start && d.end == end {
            return true;
        }
        d.end == end
            && self.dict.actors[d.actor]
                .phrases
                .iter()
                .any(|p| p.len() > 1 && p[0] == v.norm[first] && p.last() == Some(&v.norm[d.start]))
    }

    /// "Russians", "Ukrainians": a plural of a nationality adjective.
    fn demonym(&self, v: &View, start: usize, end: usize) -> Option<String> {
        if end != start + 1 || !v.cap(start) {
            return None;
        }
        let w = v.text[start].strip_suffix('s')?;
        self.countries
            .adjective_or_region(w)
            .map(|c| c.code.clone())
    }

    /// The country of a place named right after a group's name by "in" or "of" ("... in south
    /// Serbia", "... of Crimea"), skipping an article and compass words.
    fn residence(&self, v: &View, cands: &[Cand], end: usize) -> Option<String> {
        if end >= v.len() || !matches!(v.lower[end].as_str(), "in" | "of") {
            return None;
        }
        let mut at = end + 1;
        while at < v.len()
            && at <= end + 3
            && matches!(
                v.lower[at].as_str(),
                "the"
                    | "south"
                    | "southern"
                    | "north"
                    | "northern"
                    | "east"
                    | "eastern"
                    | "west"
                    | "western"
                    | "central"
                    | "southeastern"
                    | "southwestern"
                    | "northeastern"
                    | "northwestern"
            )
        {
            at += 1;
        }
        let c = cands
            .iter()
            .find(|c| c.start == at && c.form == Form::Name && c.ty == Some(EntityType::Gpe))?;
        c.country
            .clone()
            .or_else(|| c.code.as_ref().and_then(|x| x.get(..3)).map(str::to_string))
    }

    /// The first agent among tokens `from..to`, preferring any role over the press role
    /// (`army spokesman` → MIL), longest phrase at each position.
    fn agent_in(&self, v: &View, from: usize, to: usize) -> Option<(String, AgentMode, String)> {
        let mut found: Vec<(String, AgentMode, String)> = Vec::new();
        let mut k = from;
        while k < to {
            match self.dict.agent_at(&v.norm[..to], k) {
                // a rank ("deputy") before another title word is that title's: "deputy
                // foreign minister", "deputy police chief", "deputy sheriff" (the word after
                // may lie outside a phrase the parser cut short)
                Some((1, _))
                    if words::RANK_WORDS.contains(&v.lower[k].as_str())
                        && k + 1 < v.len()
                        && self.is_title_word(&v.lower[k + 1]) =>
                {
                    k += 1;
                }
                Some((len, a)) => {
                    found.push((a.code.clone(), a.mode, a.origin.clone()));
                    k += len;
                }
                None => k += 1,
            }
        }
        found
            .iter()
            .find(|a| a.0 != "MED")
            .or(found.first())
            .cloned()
    }

    fn is_title_word(&self, lower: &str) -> bool {
        words::TITLE_WORDS.contains(&lower)
            || self
                .dict
                .agent_at(&[norm_word(lower)], 0)
                .is_some_and(|(len, _)| len == 1)
    }

    /// A place's name followed by plural proper nouns ("the Chicago Bulls", "the New York
    /// Giants") names a team or company, not a place, though the tagger may read it as one: it
    /// becomes an organisation's name. Not when the whole name is itself a place ("the Marshall
    /// Islands", "Chicago Heights").
    fn team_as_org(&self, v: &View, s: NerSpan) -> NerSpan {
        let Some(t) = &self.ner else { return s };
        if s.kind != NerKind::Loc || s.end - s.start < 2 {
            return s;
        }
        let gaz = t.gazetteer.matches_norm(&v.norm[s.start..s.end]);
        let place = |m: &crate::ner::gazetteer::GazMatch| m.has(GazKind::Place);
        if gaz
            .iter()
            .any(|m| place(m) && m.end - m.start == s.end - s.start)
        {
            return s;
        }
        let Some(head) = gaz.iter().find(|m| m.start == 0 && place(m)) else {
            return s;
        };
        let rest = s.start + head.end..s.end;
        let plural = !rest.is_empty()
            && rest.clone().all(|k| v.xpos[k] == "NNPS")
            && !gaz.iter().any(|m| m.start >= head.end && place(m));
        if plural {
            NerSpan {
                kind: NerKind::Org,
                ..s
            }
        } else {
            s
        }
    }

    /// The length of the nationality adjective that begins an organisation's name ("The
    /// Latvian Constitutional Court", "the U.S. Department of Labor": Universal NER's names,
    /// which the tagger's repair `ner::org_runs` makes whole). `find_mentions` keeps a name
    /// that ends in an agent word ("Court", "Ministry", "Forces") whole, for
    /// `country_in_name` to code from its adjective and agent (`LVAJUD`, a name with a country
    /// that gives the role nouns after it theirs); any other such name loses the adjective,
    /// which step 4 codes on its own ("Department of Labor", as MEANTIME writes it), unless
    /// `country_in_name` takes it back in as a modifier of the name.
    fn org_led_by_adjective(&self, v: &View, s: &NerSpan) -> Option<usize> {
        if s.kind != NerKind::Org {
            return None;
        }
        match self.countries.at(&v.norm, s.start) {
            Some((len, CountryWord::Adjective, _)) if s.start + len < s.end => Some(len),
            _ => None,
        }
    }

    /// The country an organisation's name the dictionaries lack begins with, or ends with after
    /// "of": "the Kenya Anti-Corruption Commission" (KEN), "Montenegro Municipality Association"
    /// (Montenegro's code on the day), "the Serbian Workers' Union" (SRB), "the Central Bank of
    /// Nigeria" (NGA). The country is a nationality adjective of the country table or a country's
    /// name as the dictionary codes it (its code on the day); a city's name ("the Chicago
    /// Bulls") gives none, nor a place that begins with a country's name ("the Niger Delta
    /// Development Commission": the gazetteer's Niger Delta), nor `words::NOT_IN_NAMES`
    /// ("Georgia Power"). Returns the code, the words that gave it and where the name begins
    /// (before the tagger's span for an adjective it left out).
    fn country_in_name(
        &self,
        v: &View,
        dict: &[DictSpan],
        start: usize,
        end: usize,
    ) -> Option<(String, String, usize)> {
        let s = if v.lower[start] == "the" {
            start + 1
        } else {
            start
        };
        if s + 1 >= end {
            return None;
        }
        let country_name = |d: &DictSpan| {
            d.ty == EntityType::Gpe
                && self.countries.named(&v.norm[d.start..d.end]).is_some()
                && !words::NOT_IN_NAMES.contains(&v.lower[d.start].as_str())
        };
        // a place that begins with the country's word is that place ("Niger Delta")
        let place_after = |len: usize| {
            (s + len < end && words::LANDFORMS.contains(&v.lower[s + len].as_str()))
                || self.ner.as_ref().is_some_and(|t| {
                    t.gazetteer
                        .matches_norm(&v.norm[s..end])
                        .iter()
                        .any(|m| m.start == 0 && m.end > len && m.has(GazKind::Place))
                })
        };
        let first = match self.countries.at(&v.norm, s) {
            Some((len, CountryWord::Adjective, c)) if s + len < end && !place_after(len) => {
                Some((c.code.clone(), v.text[s..s + len].join(" "), start))
            }
            _ => dict
                .iter()
                .find(|d| d.start == s && d.end < end && country_name(d))
                .filter(|d| !place_after(d.end - s))
                .and_then(|d| Some((d.code.clone()?, v.text[d.start..d.end].join(" "), start))),
        };
        // a nationality adjective right before the name, modifying it, is part of it ("the
        // Nigerian Bar Association", where the tagger left the adjective out)
        let before = || {
            (1..=2.min(s)).find_map(|len| {
                let j = s - len;
                match self.countries.at(&v.norm, j) {
                    Some((l, CountryWord::Adjective, c))
                        if l == len
                            && v.cap(j)
                            && v.head[s - 1].is_some_and(|h| h >= s && h < end) =>
                    {
                        Some((c.code.clone(), v.text[j..s].join(" "), j))
                    }
                    _ => None,
                }
            })
        };
        first.or_else(before).or_else(|| {
            let d = dict
                .iter()
                .find(|d| d.end == end && d.start > s && country_name(d))?;
            let mut of = d.start - 1;
            if v.lower[of] == "the" && of > s {
                of -= 1;
            }
            (v.lower[of] == "of")
                .then(|| Some((d.code.clone()?, v.text[d.start..d.end].join(" "), start)))
                .flatten()
        })
    }

    /// Joins names cut at a possessive mark inside them: "the Serbian Workers' Union", "the
    /// Department of Veterans' Affairs", "the People's Party" are one organisation's name, though
    /// the tagger may read "Serbian Workers" and "Union" apart. A mark joins when it is written
    /// onto a plural of people (a role noun of the agents file, "Workers'", "Farmers'", or one of
    /// `words::MEMBERS`, "People's", "Veterans'") between capitalized words, and a tagged name
    /// touches it; the name runs over the tagged names on both sides, or else the capitalized
    /// words. A possessive of a person or a country ("Putin's Russia", "Russia's Gazprom") joins
    /// nothing, nor one inside a dictionary's organisation ("the United Nations' agencies").
    fn join_possessive_names(&self, v: &View, dict: &[DictSpan], ner: &[NerSpan]) -> Vec<NerSpan> {
        let n = v.len();
        let mut out: Vec<NerSpan> = ner.to_vec();
        for p in 1..n.saturating_sub(1) {
            if !v.mark[p] || !v.cap(p - 1) || !v.cap(p + 1) {
                continue;
            }
            let word = v.lower[p - 1].as_str();
            let bare = matches!(v.lower[p].as_str(), "'" | "\u{2019}");
            let members = words::MEMBERS.contains(&word)
                || (bare
                    && self
                        .dict
                        .agent_at(&[v.norm[p - 1].as_str()], 0)
                        .is_some_and(|(len, _)| len == 1));
            if !members || !matches!(v.upos[p + 1], "PROPN" | "NOUN" | "ADJ") {
                continue;
            }
            if out.iter().any(|s| s.start < p && p + 1 < s.end) {
                continue; // already one name
            }
            let left = out.iter().find(|s| s.end == p).copied();
            let right = out.iter().find(|s| s.start == p + 1).copied();
            if left.is_none() && right.is_none() {
                continue;
            }
            let capital =
                |k: usize| v.cap(k) && matches!(v.upos[k], "PROPN" | "NOUN" | "ADJ") && !v.mark[k];
            let start = left.map_or_else(
                || {
                    let mut j = p - 1;
                    while j > 0 && capital(j - 1) {
                        j -= 1;
                    }
                    j
                },
                |s| s.start,
            );
            let end = right.map_or_else(
                || {
                    let mut j = p + 1;
                    while j < n && capital(j) {
                        j += 1;
                    }
                    j
                },
                |s| s.end,
            );
            let organisation = dict.iter().any(|d| {
                d.start < end && start < d.end && !matches!(d.ty, EntityType::Gpe | EntityType::Loc)
            });
            if organisation {
                continue;
            }
            out.retain(|s| s.end <= start || end <= s.start);
            out.push(NerSpan {
                start,
                end,
                kind: NerKind::Org,
            });
        }
        out.sort_by_key(|s| (s.start, s.end));
        out
    }

    /// Finds the mentions of one sentence. `base` is the index the first candidate will have
    /// in the document's list (for appositions and coordinations).
    pub(crate) fn find_mentions(
        &self,
        si: usize,
        sent: &Sentence,
        day: Option<Day>,
        european: bool,
        base: usize,
        ner: &[NerSpan],
    ) -> Vec<Cand> {
        let v = View::new(sent);
        let n = v.len();
        if n == 0 {
            return Vec::new();
        }
        let dict = self.dict_spans(&v, day);
        // tokens already part of a mention
        let mut used = vec![false; n];
        let mut cands: Vec<Cand> = Vec::new();

        // 1. names: dictionary spans, then tagger spans that no dictionary span covers
        let mut names: Vec<(usize, usize, Option<&DictSpan>, Option<NerKind>)> = Vec::new();
        for d in &dict {
            names.push((d.start, d.end, Some(d), None));
        }
        let ner = self.join_possessive_names(&v, &dict, ner);
        for s in &ner {
            let s = &self.team_as_org(&v, *s);
            let s = &match self.org_led_by_adjective(&v, s) {
                Some(_) if self.dict.agent_at(&v.norm, s.end - 1).is_some() => *s,
                Some(len) => NerSpan {
                    start: s.start + len,
                    ..*s
                },
                None => *s,
            };
            let overlapping: Vec<usize> = names
                .iter()
                .enumerate()
                .filter(|(_, x)| x.0 < s.end && s.start < x.1)
                .map(|(i, _)| i)
                .collect();
            // nationality adjectives are found on their own (step 4), and titles take them in
            // (a region's adjective too, unless it is a given name the tagger reads as a
            // person's: "Karen" of Myanmar and the name; "Catalan police", which the tagger
            // may read as a person, is Spain's). A given name written right before a role
            // noun in lower case is the people's adjective, whatever the tagger says: "Karen
            // rebels", "a Karen guerrilla stronghold" (a person's name is followed by a
            // surname or a verb: "Karen Smith said", "Karen said")
            let role_after = s.end == s.start + 1
                && s.end < n
                && !v.cap(s.end)
                && self.dict.agent_at(&v.norm, s.end).is_some();
            let adjective = matches!(
                self.countries.at(&v.norm, s.start),
                Some((len, CountryWord::Adjective, _)) if s.start + len == s.end
            ) || self.demonym(&v, s.start, s.end).is_some()
                || ((s.kind != NerKind::Per
                    || !self.names.is_given(v.text[s.start])
                    || role_after)
                    && matches!(
                        self.countries.region_at(&v.norm, s.start),
                        Some((len, _, _)) if s.start + len == s.end
                    ));
            // a title alone ("President", "Foreign Minister") is not a name: step 2 takes it
            // into the name that follows
            let title_only = (s.start..s.end).all(|k| {
                self.is_title_word(&v.lower[k]) || words::MODIFIERS.contains(&v.lower[k].as_str())
            });
            if adjective || title_only {
                continue;
            }
            // a one-word dictionary person inside a longer person's name is someone else
            // ("Hassan" of Jordan in "Ali Hassan") unless the entry names the whole person
            let strangers: Vec<usize> = overlapping
                .iter()
                .copied()
                .filter(|&i| {
                    let (a, b, d, _) = names[i];
                    s.kind == NerKind::Per
                        && s.start <= a
                        && b == a + 1
                        && b <= s.end
                        && s.end - s.start > 1
                        && d.is_some_and(|d| {
                            d.ty == EntityType::Person && !self.whole_person(&v, s.start, s.end, d)
                        })
                })
                .collect();
            for &i in strangers.iter().rev() {
                names.remove(i);
            }
            let overlapping: Vec<usize> = if strangers.is_empty() {
                overlapping
            } else {
                names
                    .iter()
                    .enumerate()
                    .filter(|(_, x)| x.0 < s.end && s.start < x.1)
                    .map(|(i, _)| i)
                    .collect()
            };
            if overlapping.is_empty() {
                names.push((s.start, s.end, None, Some(s.kind)));
                continue;
            }
            // a person's longer name around a dictionary person ("Vladimir Vladimirovich
            // Putin"): the tagger's span with the dictionary's entry
            if overlapping.len() == 1 {
                let i = overlapping[0];
                let (a, b, d, _) = names[i];
                if s.start <= a
                    && b <= s.end
                    && (s.start, s.end) != (a, b)
                    && s.kind == NerKind::Per
                    && d.is_some_and(|d| d.ty == EntityType::Person)
                {
                    names[i] = (s.start, s.end, d, Some(s.kind));
                }
                // a place's name inside a longer name of a person or an organisation
                // ("Michael Jordan", "the Chicago Bulls", "Paris Hilton"): the tagger's name,
                // not the place
                if s.start <= a
                    && b <= s.end
                    && (s.start, s.end) != (a, b)
                    && matches!(s.kind, NerKind::Per | NerKind::Org)
                    && d.is_some_and(|d| matches!(d.ty, EntityType::Gpe | EntityType::Loc))
                {
                    names[i] = (s.start, s.end, None, Some(s.kind));
                }
            }
        }
        // an honorific makes the name after it a person's ("Mr Paris", "Ms Houston"), whatever
        // place it also names
        for x in names.iter_mut() {
            let honorific = x.0 > 0 && words::HONORIFICS.contains(&v.lower[x.0 - 1].as_str());
            if honorific
                && x.2
                    .is_some_and(|d| matches!(d.ty, EntityType::Gpe | EntityType::Loc))
            {
                *x = (x.0, x.1, None, Some(NerKind::Per));
            }
        }
        names.sort_by_key(|x| (x.0, x.1));
        for (start, end, d, kind) in names {
            if used[start..end].iter().any(|&u| u) {
                continue;
            }
            let head = v.span_head(start, end);
            let mut c = Cand::new(si, start, end, head, Form::Name);
            c.name = Some((start, end));
            c.deprel = v.role(head).to_string();
            c.modifier = v.deprel[head] == "compound"
                && v.head[head].is_some_and(|g| g >= end && v.upos[g] == "NOUN");
            match d {
                Some(d) => {
                    c.actor = Some(d.actor);
                    c.code = d.code.clone();
                    c.source = Some(self.dict.actors[d.actor].origin.clone());
                    c.ty = Some(d.ty);
                    c.via = "dictionary";
                    if d.ty == EntityType::Gpe && d.code.as_deref().is_some_and(|x| x.len() == 3) {
                        c.country = d.code.clone();
                    }
                }
                None => {
                    c.ty = Some(match kind {
                        Some(NerKind::Per) => EntityType::Person,
                        Some(NerKind::Org) => EntityType::Org,
                        _ => {
                            let gaz = self
                                .ner
                                .as_ref()
                                .map(|t| t.gazetteer.matches_norm(&v.norm[start..end]))
                                .unwrap_or_default();
                            if gaz.iter().any(|m| {
                                m.start == 0 && m.end == end - start && m.has(GazKind::Place)
                            }) {
                                EntityType::Gpe
                            } else {
                                EntityType::Loc
                            }
                        }
                    });
                    // an organisation the dictionaries lack, named after its country ("the
                    // Kenya Anti-Corruption Commission", "the Serbian Workers' Union"): that
                    // country, with the role a word of the name gives
                    if c.ty == Some(EntityType::Org) {
                        if let Some((country, word, from)) =
                            self.country_in_name(&v, &dict, start, end)
                        {
                            // the adjective is part of the name ("the Royal Australian Air
                            // Force" and "the Royal Saudi Air Force" are two names)
                            if from < start && !used[from..start].iter().any(|&u| u) {
                                c.start = from;
                                c.name = Some((from, end));
                            }
                            let agent = self.agent_in(&v, start, end);
                            c.code = Some(match &agent {
                                Some((r, AgentMode::Suffix, _)) => format!("{country}{r}"),
                                Some((r, AgentMode::Prefix, _)) => format!("{r}{country}"),
                                None => country.clone(),
                            });
                            c.source = Some(match &agent {
                                Some((r, _, origin)) => {
                                    format!("name: {word} ({country}) + agent {r} ({origin})")
                                }
                                None => format!("name: {word} ({country})"),
                            });
                            if country.len() == 3 {
                                c.country = Some(country.clone());
                            }
                            c.named_country = Some(country);
                        }
                    }
                }
            }
            if c.ty == Some(EntityType::Person) {
                // "President Vladimir Putin", "Russian Foreign Minister Sergey Lavrov" are
                // dictionary phrases too: the name is what follows the title
                let mut ns = start;
                while ns + 1 < end
                    && (self.is_title_word(&v.lower[ns])
                        || words::MODIFIERS.contains(&v.lower[ns].as_str())
                        || matches!(
                            self.countries.at(&v.norm, ns),
                            Some((1, CountryWord::Adjective, _))
                        )
                        || self.countries.named(&v.norm[ns..ns + 1]).is_some())
                {
                    ns += 1;
                }
                c.name = Some((ns, end));
                c.gender = self.names.gender(v.text[ns]);
            }
            c.plural = v.xpos[head] == "NNPS";
            used[c.start..end].iter_mut().for_each(|u| *u = true);
            cands.push(c);
        }

        // a state's institution named by its common noun after a country's possessive or
        // nationality adjective ("Rwanda's Senate", "the Philippine Senate", "Chile's
        // Congress") is that country's, whatever entity a dictionary gives the bare noun
        // (Phoenix's "Senate" is the US Congress): the country with the noun's agent
        for i in 0..cands.len() {
            let c = &cands[i];
            let k = c.start;
            if c.form != Form::Name || c.ty != Some(EntityType::Org) || c.end != k + 1 || k == 0 {
                continue;
            }
            let Some((1, agent)) = self.dict.agent_at(&v.norm[..=k], k) else {
                continue;
            };
            if !matches!(agent.code.as_str(), "LEG" | "GOV" | "MIL" | "JUD" | "COP") {
                continue;
            }
            let possessor = (k >= 2 && matches!(v.lower[k - 1].as_str(), "'s" | "’s"))
                .then(|| {
                    cands.iter().find(|d| {
                        d.end == k - 1 && d.form == Form::Name && d.ty == Some(EntityType::Gpe)
                    })
                })
                .flatten()
                .and_then(|d| Some((d.country.clone()?, v.text[d.start..k - 1].join(" "))));
            // a nationality adjective, or a region's: a regional institution is coded as the
            // state's, as CAMEO codes a province's government ("the Catalan Senate" is
            // ESPLEG, not the US Congress that Phoenix's "Senate" entry names)
            let adjective = (1..=2)
                .filter(|&l| k >= l)
                .find_map(|l| match self.countries.adjective_at(&v.norm, k - l) {
                    Some((len, country)) if len == l => Some((country.code.clone(), l)),
                    _ => None,
                })
                .map(|(x, l)| (x, v.text[k - l..k].join(" ")));
            let Some((country, owner)) = possessor.or(adjective) else {
                continue;
            };
            if c.code.as_deref().and_then(|x| x.get(..3)) == Some(country.as_str()) {
                continue;
            }
            let code = match agent.mode {
                AgentMode::Suffix => format!("{country}{}", agent.code),
                AgentMode::Prefix => format!("{}{country}", agent.code),
            };
            let source = format!(
                "owner: {owner} ({country}) + agent {} ({})",
                agent.code, agent.origin
            );
            let c = &mut cands[i];
            c.actor = None;
            c.code = Some(code);
            c.source = Some(source);
            c.country = Some(country.clone());
            c.named_country = Some(country);
            c.via = "name";
        }

        // an abbreviation in brackets right after an organisation's name is that organisation,
        // whatever its letters ("Montenegro Municipality Association (AKK)", "the Serbian
        // Workers' Union (SSS)"), unless a dictionary knows it
        for b in 0..cands.len() {
            let (s, e) = (cands[b].start, cands[b].end);
            if e != s + 1 || s < 2 || e >= n || v.text[s - 1] != "(" || v.text[e] != ")" {
                continue;
            }
            let caps = v.text[s]
                .chars()
                .filter(|ch| ch.is_alphabetic())
                .all(char::is_uppercase);
            if !caps || cands[b].actor.is_some() {
                continue;
            }
            if let Some(a) = cands.iter().position(|c| {
                c.end == s - 1 && c.form == Form::Name && c.ty == Some(EntityType::Org)
            }) {
                cands[b].appos_of = Some(base + a);
            }
        }

        // 2. titles before persons' names, and capitals standing for their governments
        for c in cands.iter_mut() {
            if c.ty == Some(EntityType::Person) {
                self.extend_title(&v, &dict, c, &mut used);
            }
            if c.ty == Some(EntityType::Gpe) && !v.has_locative_case(c.head) {
                let role = c.deprel.as_str();
                let agentive = role.starts_with("nsubj")
                    || role == "obj"
                    || role == "iobj"
                    || role == "nmod:poss"
                    || role == "obl:agent";
                let name = v.text[c.start..c.end].join(" ");
                if agentive {
                    // a capital of a state younger than the article stands for no government:
                    // the dictionary codes the state's name on the day as a region of another
                    // ("South Sudan" is `SDNSSD` before 2011-07-09, "Montenegro" `SCGMNE`
                    // before 2006-06-03, "Kosovo" `FRYKSV` in 1995), so "Juba", "Podgorica"
                    // and "Pristina" keep their own entry's code on that day
                    // and as a place of that other state they give role nouns its country
                    // (but not when another of the country's names is the other state itself:
                    // "Serbia" is `SCGSRB` in 1999 and "Serbia and Montenegro" `SCG`, so
                    // Belgrade, the federation's capital too, still stands for a government)
                    let young = |country: &Country| self.younger_than(country, day);
                    let capital = self.countries.capital(&name);
                    if let Some(older) = capital.and_then(young) {
                        if c.country.is_none() {
                            c.country = older.get(..3).map(str::to_string);
                        }
                    } else if let Some(country) = capital {
                        c.metonym = true;
                        c.via = "metonym";
                        if country.code == "BEL" && european {
                            c.code = Some("IGOEUREEC".into());
                            c.source = Some(format!(
                                "metonym: {name} for the European Union (the article is about European policy)"
                            ));
                        } else {
                            c.code = Some(format!("{}GOV", country.code));
                            c.source = Some(format!(
                                "metonym: {name}, capital of {} ({}), for its government",
                                country.name, country.code
                            ));
                        }
                        c.country = Some(country.code.clone());
                    }
                }
            }
        }

        // a presiding title right after a legislature's name is the legislature's office, not
        // the government's: "National Assembly president Laurent Fabius", "Senate leader
        // Tom Daschle", "the Duma speaker" → the country's LEG; a nationality adjective or a
        // country's possessive before the legislature gives the country
        for c in cands.iter_mut() {
            if c.ty != Some(EntityType::Person) || c.title_text.is_empty() {
                continue;
            }
            let t = c.start;
            if !words::PRESIDING.contains(&v.lower[t].as_str()) {
                continue;
            }
            let Some((l, agent)) = (1..=3).rev().filter(|&l| t >= l).find_map(|l| {
                self.dict
                    .agent_at(&v.norm[..t], t - l)
                    .filter(|(len, a)| *len == l && a.code == "LEG")
                    .filter(|_| (t - l..t).all(|k| v.cap(k)))
            }) else {
                continue;
            };
            c.agent = Some((agent.code.clone(), agent.mode, agent.origin.clone()));
            c.org_code = None;
            let before = t - l;
            let owner = (1..=2).filter(|&m| before >= m).find_map(|m| {
                match self.countries.adjective_at(&v.norm, before - m) {
                    Some((len, country)) if len == m => Some(country.code.clone()),
                    _ => None,
                }
            });
            let owner = owner.or_else(|| {
                (before >= 2 && matches!(v.lower[before - 1].as_str(), "'s" | "’s"))
                    .then(|| {
                        dict.iter()
                            .find(|d| d.end == before - 1 && d.ty == EntityType::Gpe)
                            .and_then(|d| d.code.clone())
                            .filter(|x| x.len() == 3)
                    })
                    .flatten()
            });
            if let Some(owner) = owner {
                c.country = Some(owner);
            }
        }

        // a titled person "of" a country ("King Hassan of Morocco", "President Dubem Oniya of
        // Nigeria") is that country's: the country codes the title, and a dictionary entry
        // of another country's person by the same name is someone else
        for c in cands.iter_mut() {
            if c.ty != Some(EntityType::Person) || c.title_text.is_empty() {
                continue;
            }
            let (name_start, _) = c.name.unwrap_or((c.start, c.end));
            let Some(of) = (name_start + 1..=c.end.min(n - 1)).find(|&k| v.lower[k] == "of") else {
                continue;
            };
            let at = if of + 1 < n && v.lower[of + 1] == "the" {
                of + 2
            } else {
                of + 1
            };
            let Some(country) = dict.iter().find_map(|d| {
                (d.start == at && d.ty == EntityType::Gpe)
                    .then_some(d.code.as_deref())
                    .flatten()
                    .filter(|x| x.len() == 3)
            }) else {
                continue;
            };
            let entry_country = c
                .code
                .as_deref()
                .and_then(|x| x.get(..3))
                .filter(|x| self.countries.get(x).is_some());
            if c.actor.is_some() && entry_country.is_some_and(|x| x != country) {
                c.actor = None;
                c.code = None;
                c.source = None;
                c.via = "title";
                c.country = Some(country.to_string());
            } else if c.actor.is_none() {
                c.country.get_or_insert_with(|| country.to_string());
            }
        }

        // 3. appositions and role nouns, definite nominals, pairs
        let mut nominals: Vec<Cand> = Vec::new();
        for h in 0..n {
            if used[h] || !matches!(v.upos[h], "NOUN" | "PROPN") {
                continue;
            }
            // the head of its noun phrase: the next word is no noun of the same phrase
            if h + 1 < n && matches!(v.upos[h + 1], "NOUN" | "PROPN") && !used[h + 1] {
                continue;
            }
            let lower = v.lower[h].as_str();
            let role = self.dict.agent_at(&v.norm[..=h], h).is_some()
                || (1..=3).any(|l| {
                    h >= l
                        && self
                            .dict
                            .agent_at(&v.norm[..=h], h - l)
                            .is_some_and(|(len, _)| len == l + 1)
                });
            let nominal = words::nominal(lower);
            let pair = words::pair_head(lower);
            if !role && nominal.is_none() && !pair {
                continue;
            }
            // a role noun right before an organisation's coded name describes it ("the rebel
            // Kurdistan Workers' Party", "the rebel Revolutionary United Front"): one mention,
            // the organisation's, whatever the parser made of the noun
            // (not after a modifier of its own: "Japanese automaker Toyota" stays a role noun
            // with its country beside the name)
            let bare = h == 0 || !matches!(v.upos[h - 1], "ADJ" | "NOUN" | "PROPN" | "NUM");
            if role && bare && v.xpos[h] == "NN" && !v.cap(h) {
                if let Some(c) = cands.iter_mut().find(|c| {
                    c.start == h + 1
                        && c.form == Form::Name
                        && c.ty == Some(EntityType::Org)
                        && c.code.is_some()
                }) {
                    let s = if h > 0
                        && !used[h - 1]
                        && matches!(v.lower[h - 1].as_str(), "the" | "a")
                    {
                        h - 1
                    } else {
                        h
                    };
                    c.start = s;
                    used[s..=h].iter_mut().for_each(|u| *u = true);
                    continue;
                }
            }
            // left edge: determiners, adjectives, nouns, numbers
            let mut j = h;
            let mut det: Option<&str> = None;
            while j > 0 {
                let k = j - 1;
                // an organisation's name with its abbreviation in brackets: "Montenegro
                // Municipality Association (AKK) officials"
                if k >= 3 && v.text[k] == ")" && v.text[k - 2] == "(" {
                    let org = cands
                        .iter()
                        .find(|c| c.start == k - 1 && c.end == k && c.form == Form::Name)
                        .and_then(|c| c.appos_of)
                        .and_then(|x| cands.get(x.checked_sub(base)?));
                    if let Some(org) = org {
                        j = org.start;
                        continue;
                    }
                }
                if used[k] {
                    // a country or organisation name as a modifier: "US officials", "NATO
                    // spokesman"; or before a hyphenated participle of the phrase ("US-backed
                    // forces", "a London-based group")
                    if let Some(c) = cands.iter().find(|c| {
                        c.end == j
                            && c.form == Form::Name
                            && matches!(c.ty, Some(EntityType::Gpe) | Some(EntityType::Org))
                            && (v.head[c.head].is_some_and(|x| x >= j && x <= h)
                                || v.hyphened_after(c.end).is_some())
                    }) {
                        j = c.start;
                        continue;
                    }
                    break;
                }
                let w = v.lower[k].as_str();
                if matches!(
                    w,
                    "the" | "a" | "an" | "this" | "that" | "these" | "those" | "both"
                ) {
                    det = Some(w);
                    j = k;
                    break;
                }
                // a participle between a determiner or number and the noun is a modifier the
                // parser may read as a verb: "the two exiled dissidents"
                let participle = v.upos[k] == "VERB"
                    && matches!(v.xpos[k], "VBN" | "VBD")
                    && k > 0
                    && matches!(v.upos[k - 1], "DET" | "NUM");
                // a hyphenated participle: "US-backed", "London-based" (the parser may read
                // it as a verb)
                let hyphened = k >= 2 && v.hyphened_after(k - 1).is_some();
                if matches!(v.upos[k], "ADJ" | "NOUN" | "PROPN" | "NUM")
                    || (v.upos[k] == "VERB" && v.xpos[k] == "VBG")
                    || participle
                    || hyphened
                    || w == "-"
                {
                    j = k;
                    continue;
                }
                break;
            }
            // a possessive name before it: "Russia's foreign minister"
            let mut start = j;
            let mut possessive = false;
            if det.is_none() && j >= 2 && matches!(v.lower[j - 1].as_str(), "'s" | "’s") {
                if let Some(c) = cands
                    .iter()
                    .find(|c| c.end == j - 1 && c.form == Form::Name)
                {
                    if matches!(c.ty, Some(EntityType::Gpe) | Some(EntityType::Org)) {
                        start = c.start;
                        possessive = true;
                    }
                }
            }
            // "the Russian and Ukrainian negotiating delegations": two countries, no one code
            if j >= 2
                && v.upos[j - 1] == "CCONJ"
                && matches!(
                    self.countries.at(&v.norm, j - 2),
                    Some((1, CountryWord::Adjective, _))
                )
            {
                continue;
            }
            let mut end = h + 1;
            let mut c = Cand::new(si, start, end, h, Form::Nominal);
            c.via = "nominal";
            c.deprel = v.role(h).to_string();
            c.plural = matches!(v.xpos[h], "NNS" | "NNPS");
            c.definite = det.is_some_and(|d| d != "a" && d != "an") || possessive;
            c.nominal = nominal;
            // the country and organisation of the phrase; a backer's is not ("Syrian-backed
            // militias", "US-funded groups")
            let backer = |e: usize| v.hyphened_after(e) == Some(words::Hyphened::Backer);
            // whether the country comes from a region's or a people's adjective (regions.tsv)
            let mut regional = false;
            for k in start..end {
                if let Some((len, country)) = self.countries.adjective_at(&v.norm, k) {
                    if !backer(k + len) && c.country.is_none() {
                        c.country = Some(country.code.clone());
                        regional = !matches!(
                            self.countries.at(&v.norm, k),
                            Some((_, CountryWord::Adjective, _))
                        ) && self
                            .countries
                            .region_at(&v.norm, k)
                            .is_some_and(|(_, _, former)| !former);
                    }
                }
            }
            for d in cands
                .iter()
                .filter(|d| d.start >= start && d.end <= h && !backer(d.end))
            {
                match (d.ty, d.code.as_deref()) {
                    // an organisation named after its country: that country's ("Montenegro
                    // Municipality Association officials" → the country's GOV)
                    _ if d.named_country.is_some() => {
                        c.country = c.country.clone().or_else(|| d.named_country.clone());
                    }
                    (Some(EntityType::Gpe), Some(code)) if code.len() == 3 => {
                        c.country.get_or_insert_with(|| code.to_string());
                    }
                    (_, Some(code)) => {
                        c.org_code.get_or_insert_with(|| code.to_string());
                    }
                    _ => {}
                }
            }
            // the phrase's own country after it: "the president of Ukraine", "dissidents
            // from Egypt", "refugees from war-torn Syria"
            if end + 1 < n && matches!(v.lower[end].as_str(), "of" | "from") {
                let at = v.skip_premodifiers(end + 1, end + 4, &used);
                let d = cands.iter().find(|d| d.start == at);
                // "from" must belong to the phrase, not to its verb ("withdrew troops from
                // Syria"): the place's governors, followed up past "from", reach the phrase
                let own = |d: &Cand| {
                    if v.lower[end] == "of" {
                        return true;
                    }
                    let mut t = d.head;
                    for _ in 0..4 {
                        match v.head[t] {
                            Some(g) if g >= start && g <= h => return true,
                            Some(g) if g >= end => t = g,
                            _ => return false,
                        }
                    }
                    false
                };
                if let Some(d) = d.filter(|d| own(d)) {
                    if d.ty == Some(EntityType::Gpe)
                        && d.code.as_deref().is_some_and(|x| x.len() == 3)
                    {
                        c.country
                            .get_or_insert_with(|| d.code.clone().unwrap_or_default());
                        end = d.end;
                        c.end = end;
                    }
                }
            }
            // a seat after the phrase is its own country, as one before a hyphen is ("a
            // London-based group"): "a newspaper based in Beirut", "a charity headquartered
            // in Geneva" (the participle must hang on the phrase's head)
            if c.country.is_none()
                && end + 2 < n
                && matches!(v.lower[end].as_str(), "based" | "headquartered")
                && v.lower[end + 1] == "in"
                && v.head[end] == Some(h)
            {
                let at = v.skip_premodifiers(end + 2, end + 5, &used);
                if let Some(d) = cands.iter().find(|d| {
                    d.start == at && d.form == Form::Name && d.ty == Some(EntityType::Gpe)
                }) {
                    let country = d.country.clone().or_else(|| {
                        d.code
                            .as_deref()
                            .and_then(|x| x.get(..3))
                            .filter(|x| self.countries.get(x).is_some())
                            .map(str::to_string)
                    });
                    // the mention ends before the participle: the place stays a name of
                    // its own ("Trinidad" in "a terror group based in Trinidad")
                    c.country = country;
                }
            }
            // an allegiance after the phrase is to its own side: "forces loyal to President
            // Laurent Gbagbo" are Ivory Coast's, "workers affiliated with the Serbian
            // Workers' Union" Serbia's, "militants loyal to Iraq's al-Qaeda frontman" Iraq's.
            // The one owed it is a person (loyal to) or an organisation with a country
            // (affiliated with, belonging to), or a country's possessive before one; a
            // country itself is not ("militias loyal to Iran" are backed by it, as
            // "Iranian-backed militias" are), nor an organisation one is loyal to
            if c.country.is_none()
                && end + 2 < n
                && matches!(
                    (v.lower[end].as_str(), v.lower[end + 1].as_str()),
                    ("loyal", "to") | ("affiliated", "with") | ("belonging", "to")
                )
                // the word hangs on the phrase, or the parser made it the phrase's verb
                // ("Some 500,000 workers affiliated with ..." read as workers affiliating)
                && (v.head[end].is_some_and(|g| g >= start && g <= h) || v.head[h] == Some(end))
            {
                let at = v.skip_premodifiers(end + 2, end + 5, &used);
                if let Some(d) = cands.iter().find(|d| d.start == at && d.form == Form::Name) {
                    let possessor = d.ty == Some(EntityType::Gpe)
                        && d.end < n
                        && matches!(v.lower[d.end].as_str(), "'s" | "’s");
                    // loyalty to an organisation may be a proxy's ("militias loyal to the
                    // Revolutionary Guards"); membership is not
                    let owed = if v.lower[end] == "loyal" {
                        d.ty == Some(EntityType::Person)
                    } else {
                        d.ty != Some(EntityType::Gpe)
                    };
                    if possessor || owed {
                        c.country = d
                            .named_country
                            .clone()
                            .or_else(|| d.country.clone())
                            .or_else(|| {
                                d.code
                                    .as_deref()
                                    .and_then(|x| x.get(..3))
                                    .filter(|x| self.countries.get(x).is_some())
                                    .map(str::to_string)
                            });
                    }
                }
            }
            c.agent = self.agent_in(&v, j, h + 1);
            // a region's or a people's leaders are not the state's government ("Yoruba
            // leaders", "the Chechen government"): the country alone
            if regional && c.agent.as_ref().is_some_and(|a| a.0 == "GOV") {
                c.withheld = c.agent.take().map(|a| a.2);
            }
            // a rank's possessor names its service: "the sheriff's deputies" are police
            if j >= 2
                && words::RANK_WORDS.contains(&v.lower[j].as_str())
                && matches!(v.lower[j - 1].as_str(), "'s" | "’s")
            {
                if let Some(a) = self.agent_in(&v, j - 2, j - 1).filter(|a| a.0 == "COP") {
                    c.agent = Some(a);
                }
            }
            c.title = v.norm[j..=h].to_vec();
            c.title_text = v.text[j..=h].join(" ");
            c.former = (j..h).any(|k| words::is_past_modifier(&v.lower[k]));
            if pair
                && (det == Some("both")
                    || (j..h).any(|k| matches!(v.lower[k].as_str(), "two" | "both")))
            {
                c.form = Form::Group;
                c.via = "nominal";
                c.plural = true;
            } else if !role && c.nominal.is_none() {
                continue;
            }
            // gender of role nouns
            if lower.ends_with("woman") || lower == "queen" || lower == "princess" {
                c.gender = Some(Gender::Female);
            } else if lower.ends_with("man") && lower != "human" || lower == "king" {
                c.gender = Some(Gender::Male);
            }
            // an apposition to a name: "Sergey Lavrov, Russia's foreign minister,"
            if v.deprel[h] == "appos" {
                if let Some(hh) = v.head[h] {
                    if let Some(pos) = cands
                        .iter()
                        .position(|x| x.form == Form::Name && x.start <= hh && hh < x.end)
                    {
                        c.appos_of = Some(base + pos);
                    }
                }
            }
            // keep what can be coded or can refer: definite or apposition or with a country
            // or organisation or a plural role ("rebels"); pairs always
            if c.form == Form::Group
                || c.appos_of.is_some()
                || c.definite
                || c.country.is_some()
                || c.org_code.is_some()
                || (role && c.plural)
            {
                used[c.start..c.end].iter_mut().for_each(|u| *u = true);
                nominals.push(c);
            }
        }
        cands.extend(nominals);

        // 4. nationality adjectives and demonyms on their own ("Russian territory", "the
        // Ukrainians")
        let mut k = 0;
        while k < n {
            if used[k] || !v.cap(k) {
                k += 1;
                continue;
            }
            let (len, code) = match self.countries.adjective_at(&v.norm, k) {
                Some((len, c)) => (len, c.code.clone()),
                None => match self.demonym(&v, k, k + 1) {
                    Some(code) => (1, code),
                    None => {
                        k += 1;
                        continue;
                    }
                },
            };
            // a backer is not an actor of the sentence ("Syrian-backed militias" where no
            // role noun follows to hold it)
            if used[k..k + len].iter().any(|&u| u)
                || v.hyphened_after(k + len) == Some(words::Hyphened::Backer)
            {
                k += 1;
                continue;
            }
            let mut end = k + len;
            // an ethnic group lives where the phrase says ("ethnic Albanians in south
            // Serbia", "ethnic Russians of Crimea"), whatever country its name recalls
            let ethnic = k > 0 && v.lower[k - 1] == "ethnic";
            let mut residence = ethnic.then(|| self.residence(&v, &cands, end)).flatten();
            // a nation's plural "of" a place is its people there ("the Albanians of southern
            // Serbia", "the Hungarians of Romania"), "ethnic" or not; "in" says only where they
            // are ("Germans in Spain"), unless "ethnic" says they belong there
            if !ethnic
                && len == 1
                && end < n
                && v.lower[end] == "of"
                && self.demonym(&v, k, end).is_some()
                && !words::CITIZENS.contains(&v.lower[k].as_str())
            {
                residence = self.residence(&v, &cands, end);
            }
            // "Macedonia's ethnic Albanians", "Kosovo's ethnic Serbs": the possessor's
            if ethnic && residence.is_none() && k >= 3 && v.mark[k - 2] {
                residence = cands
                    .iter()
                    .find(|c| {
                        c.end == k - 2 && c.form == Form::Name && c.ty == Some(EntityType::Gpe)
                    })
                    .and_then(|c| {
                        c.country.clone().or_else(|| {
                            c.code.as_ref().and_then(|x| x.get(..3)).map(str::to_string)
                        })
                    })
                    .filter(|r| *r != code);
            }
            // else an ethnic group lives where its sentence's act happens, when that is one
            // other country ("ethnic Albanians demonstrated on Tuesday in Serbia", "killed three
            // ethnic Albanians in a gunbattle in southeastern Serbia")
            if ethnic && residence.is_none() {
                let mut places: Vec<String> = cands
                    .iter()
                    .filter(|c| c.form == Form::Name && c.ty == Some(EntityType::Gpe))
                    .filter(|c| v.in_setting(c.head))
                    .filter_map(|c| {
                        c.country.clone().or_else(|| {
                            c.code.as_ref().and_then(|x| x.get(..3)).map(str::to_string)
                        })
                    })
                    .filter(|r| *r != code)
                    .collect();
                places.sort();
                places.dedup();
                if places.len() == 1 {
                    residence = places.pop();
                }
            }
            // a nationality adjective before another nation's plural names the nation's people
            // living in the adjective's country ("Bosnian Serbs", "Bosnian Croats", "Iraqi
            // Turkmens"): CAMEO codes them by that country; except before the plural of a
            // nation of citizens of every origin ("Greek Cypriots", "French Canadians")
            if residence.is_none() && len == 1 && end < n && !used[end] {
                if let Some(people) = self.demonym(&v, end, end + 1) {
                    if people != code && !words::CITIZENS.contains(&v.lower[end].as_str()) {
                        residence = Some(code.clone());
                        end += 1;
                    }
                }
            }
            let code = residence.clone().unwrap_or(code);
            let mut c = Cand::new(si, k, end, end - 1, Form::Adjective);
            c.via = "adjective";
            c.ty = Some(EntityType::Norp);
            c.country = Some(code.clone());
            c.code = Some(code);
            c.source = Some(match residence {
                Some(r) => format!(
                    "ethnic group living in {r}: {}{}",
                    if ethnic { "ethnic " } else { "" },
                    v.text[k..end].join(" ")
                ),
                None => {
                    let national = matches!(
                        self.countries.at(&v.norm, k),
                        Some((_, CountryWord::Adjective, _))
                    ) || v.text[k]
                        .strip_suffix('s')
                        .is_some_and(|w| self.countries.adjective(w).is_some());
                    let file = if national {
                        "countries.tsv"
                    } else {
                        "regions.tsv"
                    };
                    format!("{file}: {}", v.text[k..end].join(" "))
                }
            });
            c.plural = v.lower[end - 1].ends_with('s');
            c.deprel = v.role(end - 1).to_string();
            used[k..end].iter_mut().for_each(|u| *u = true);
            cands.push(c);
            k = end;
        }

        // 5. pronouns
        for (k, u) in used.iter().enumerate() {
            if *u || v.upos[k] != "PRON" && v.xpos[k] != "PRP$" {
                continue;
            }
            if let Some(p) = words::pronoun(&v.lower[k]) {
                let mut c = Cand::new(si, k, k + 1, k, Form::Pronoun);
                c.via = "pronoun";
                c.pron = Some(p);
                c.deprel = v.deprel[k].to_string();
                c.plural = p == Pron::They;
                c.gender = match p {
                    Pron::He => Some(Gender::Male),
                    Pron::She => Some(Gender::Female),
                    _ => None,
                };
                cands.push(c);
            }
        }

        // 6. coordinations of names: "Russia and Ukraine"
        let names_only: Vec<usize> = (0..cands.len())
            .filter(|&i| cands[i].form == Form::Name)
            .collect();
        let mut groups = Vec::new();
        for &a in &names_only {
            let conj: Vec<usize> = names_only
                .iter()
                .copied()
                .filter(|&b| {
                    b != a
                        && v.deprel[cands[b].head] == "conj"
                        && v.head[cands[b].head] == Some(cands[a].head)
                })
                .collect();
            if conj.is_empty() || v.deprel[cands[a].head] == "conj" {
                continue;
            }
            // actors in a clause, not lists of places: subjects, objects, possessors, and
            // "between A and B"
            let role = v.deprel[cands[a].head];
            let between = cands[a].start > 0 && v.lower[cands[a].start - 1] == "between";
            let arg = role.starts_with("nsubj")
                || matches!(role, "obj" | "iobj" | "nmod:poss")
                || between;
            let typed = std::iter::once(a).chain(conj.iter().copied()).all(|m| {
                matches!(
                    cands[m].ty,
                    Some(EntityType::Person | EntityType::Org | EntityType::Gpe)
                )
            });
            if !arg || !typed {
                continue;
            }
            let last = *conj.iter().max_by_key(|&&b| cands[b].end).unwrap_or(&a);
            let mut g = Cand::new(
                si,
                cands[a].start,
                cands[last].end,
                cands[a].head,
                Form::Group,
            );
            g.via = "group";
            g.plural = true;
            g.deprel = v.deprel[cands[a].head].to_string();
            g.members = std::iter::once(a).chain(conj).map(|i| base + i).collect();
            let tys: Vec<Option<EntityType>> =
                g.members.iter().map(|&m| cands[m - base].ty).collect();
            g.ty = if tys.iter().all(|t| *t == tys[0]) {
                tys[0]
            } else {
                Some(EntityType::Org)
            };
            groups.push(g);
        }
        cands.extend(groups);
        // names inside a title or a nominal are part of it ("US" in "Former US President
        // Donald Trump", "NATO" in "NATO officials")
        let keep: Vec<bool> = (0..cands.len())
            .map(|i| {
                let c = &cands[i];
                c.form != Form::Name
                    || !cands.iter().enumerate().any(|(j, o)| {
                        j != i
                            && matches!(o.form, Form::Name | Form::Nominal)
                            && o.start <= c.start
                            && c.end <= o.end
                            && (o.end - o.start) > (c.end - c.start)
                            && o.name.is_none_or(|(ns, _)| c.end <= ns)
                    })
            })
            .collect();
        let mut map = vec![None; cands.len()];
        let mut n_kept = 0;
        for (i, k) in keep.iter().enumerate() {
            if *k {
                map[i] = Some(base + n_kept);
                n_kept += 1;
            }
        }
        let remap = |x: usize| {
            x.checked_sub(base)
                .and_then(|i| map.get(i).copied().flatten())
        };
        cands
            .into_iter()
            .zip(keep)
            .filter(|(_, k)| *k)
            .map(|(mut c, _)| {
                c.setting = v.in_setting(c.head);
                c.appos_of = c.appos_of.and_then(remap);
                c.members = c.members.iter().filter_map(|&m| remap(m)).collect();
                c
            })
            .collect()
    }

    /// Records the country a title word names ("Russian", "US") on the candidate.
    fn title_country(&self, v: &View, k: usize, c: &mut Cand) {
        if let Some((1, CountryWord::Adjective, country)) = self.countries.at(&v.norm, k) {
            c.country.get_or_insert_with(|| country.code.clone());
        } else if let Some(country) = self.countries.named(&v.norm[k..k + 1]) {
            if v.cap(k) {
                c.country.get_or_insert_with(|| country.code.clone());
            }
        }
        if words::is_past_modifier(&v.lower[k]) {
            c.former = true;
        }
    }

    /// Extends a person's name leftwards over its title: role words, nationality adjectives,
    /// countries and organisations before a role word, modifiers (`Former US President
    /// Donald Trump`); records the title's country, organisation, agent and `former`.
    fn extend_title(&self, v: &View, dict: &[DictSpan], c: &mut Cand, used: &mut [bool]) {
        let (name_start, _) = c.name.unwrap_or((c.start, c.end));
        let mut j = c.start;
        // a title inside the dictionary phrase ("President Vladimir Putin")
        let mut has_role = (c.start..name_start).any(|k| self.is_title_word(&v.lower[k]));
        for k in c.start..name_start {
            self.title_country(v, k, c);
        }
        loop {
            if j == 0 {
                break;
            }
            let k = j - 1;
            let w = v.lower[k].as_str();
            if used[k] {
                // a role phrase of the dictionary ("US President", "Russian Foreign
                // Minister"): part of the title
                if let Some(d) = dict.iter().find(|d| {
                    d.end == j
                        && d.ty != EntityType::Person
                        && (d.start..d.end).any(|x| self.is_title_word(&v.lower[x]))
                }) {
                    for x in d.start..d.end {
                        self.title_country(v, x, c);
                    }
                    has_role = true;
                    j = d.start;
                    continue;
                }
                // a country or organisation name before a role word ("US President",
                // "NATO Secretary General", "Russia's foreign minister")
                if has_role {
                    if let Some(d) = dict.iter().find(|d| d.end == j) {
                        j = d.start;
                        match (d.ty, d.code.as_deref()) {
                            (EntityType::Gpe, Some(code)) if code.len() == 3 => {
                                c.country.get_or_insert_with(|| code.to_string());
                            }
                            (_, Some(code)) if !is_sector_root(code) || code.len() > 3 => {
                                c.org_code.get_or_insert_with(|| code.to_string());
                            }
                            _ => {}
                        }
                        continue;
                    }
                }
                break;
            }
            if (w == "'s" || w == "’s") && has_role {
                if let Some(d) = dict.iter().find(|d| d.end == k) {
                    j = d.start;
                    match (d.ty, d.code.as_deref()) {
                        (EntityType::Gpe, Some(code)) if code.len() == 3 => {
                            c.country.get_or_insert_with(|| code.to_string());
                        }
                        (_, Some(code)) => {
                            c.org_code.get_or_insert_with(|| code.to_string());
                        }
                        _ => {}
                    }
                    continue;
                }
                break;
            }
            if self.is_title_word(w)
                && !matches!(v.upos[k], "VERB" | "AUX" | "ADP" | "DET" | "PRON")
            {
                has_role = true;
                j = k;
                continue;
            }
            if w == "-" && k > 0 && words::MODIFIERS.contains(&v.lower[k - 1].as_str()) {
                j = k;
                continue;
            }
            if words::MODIFIERS.contains(&w) && has_role {
                if words::is_past_modifier(w) {
                    c.former = true;
                }
                j = k;
                continue;
            }
            if has_role {
                // a nationality adjective, possibly of several words ("South Korean")
                if let Some((m, country)) =
                    (k.saturating_sub(2)..=k).find_map(|m| match self.countries.at(&v.norm, m) {
                        Some((len, CountryWord::Adjective, c)) if m + len == j => Some((m, c)),
                        _ => None,
                    })
                {
                    c.country.get_or_insert_with(|| country.code.clone());
                    j = m;
                    continue;
                }
            }
            break;
        }
        // the title must hold a role word; drop leading modifiers the loop took
        while j < name_start && v.lower[j] == "-" {
            j += 1;
        }
        if j < name_start || has_role {
            if j < name_start {
                c.start = j;
                c.via = "title";
                used[j..name_start].iter_mut().for_each(|u| *u = true);
            }
            c.agent = self.agent_in(v, j, c.end);
            c.title = v.norm[j..name_start].to_vec();
            // a name before the title ("European Central Bank President ..."), not a
            // capitalized sentence opener ("The", "Yesterday") nor a day or month
            c.title_after_name = j > 0
                && v.upos[j - 1] == "PROPN"
                && v.text[j - 1].chars().next().is_some_and(char::is_uppercase)
                && !words::is_calendar_name(&v.lower[j - 1]);
            let mut parts: Vec<String> = Vec::new();
            if c.former {
                parts.push("former".into());
            }
            let words: Vec<&str> = (j..name_start)
                .filter(|&k| !words::MODIFIERS.contains(&v.lower[k].as_str()) && v.lower[k] != "-")
                .map(|k| v.text[k])
                .collect();
            parts.push(words.join(" "));
            c.title_text = parts.join(" + ");
            if c.name
                .is_some_and(|(s, e)| (s..e).any(|k| self.is_title_word(&v.lower[k])) && e > s + 1)
            {
                // "President Putin" as one dictionary phrase: the title words are in the name
                let (s, e) = c.name.unwrap_or((0, 0));
                let t: Vec<String> = (s..e)
                    .filter(|&k| self.is_title_word(&v.lower[k]))
                    .map(|k| v.norm[k].clone())
                    .collect();
                c.title.extend(t);
                if c.agent.is_none() {
                    c.agent = self.agent_in(v, s, e);
                }
            }
        }
        let female_title = (c.start..name_start).any(|k| {
            matches!(
                v.lower[k].as_str(),
                "mrs"
                    | "ms"
                    | "mrs."
                    | "ms."
                    | "queen"
                    | "princess"
                    | "lady"
                    | "spokeswoman"
                    | "chairwoman"
                    | "congresswoman"
            )
        });
        let male_title = (c.start..name_start).any(|k| {
            matches!(
                v.lower[k].as_str(),
                "mr" | "mr."
                    | "king"
                    | "prince"
                    | "sir"
                    | "lord"
                    | "spokesman"
                    | "chairman"
                    | "congressman"
            )
        });
        if female_title {
            c.gender = Some(Gender::Female);
        } else if male_title {
            c.gender = Some(Gender::Male);
        }
    }
}
