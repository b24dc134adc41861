//! Who a noun phrase is: actor codes from the dictionaries (and from the actors stage's
//! entities when it has run).
//!
//! A sentence's actor and agent phrases are found once, leftmost-longest
//! ([`Mentions::find`]). A noun phrase is then coded from its head and modifiers, PETRARCH
//! style: the head names an actor ("Sergey Lavrov" → RUSGOV), or is an agent whose country
//! comes from a modifier ("the Russian foreign minister" → RUS + GOV, "soldiers from Gondor"
//! → GON + MIL), or is a plain noun whose modifiers name actors ("20% of Ukrainian territory"
//! → UKR). Coordinated heads and modifiers give several codes ("Russia and Ukraine", "the
//! Russian and Ukrainian delegations").

use acta_core::Document;

use crate::dict::{ActorDictionary, AgentMode, Day};

use super::sent::Sent;
use super::tables::Rules;

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum MentionKind {
    /// An actor phrase and its code on the day (`None`: known, but no code that day).
    Actor(Option<String>),
    /// An agent phrase: its code and how it combines.
    Agent(String, AgentMode),
    /// A mention of an entity of the actors stage with an actor code, its id, and, when the
    /// code's country came from the context (a role after a sentence that names a country:
    /// "The USA helped dissidents ..."), the bare role (`---OPP`), which the phrase's own
    /// modifiers complete first ("dissidents from Egypt" → EGYOPP).
    Entity(String, String, Option<String>),
}

#[derive(Clone, Debug)]
pub(crate) struct Mention {
    pub start: usize,
    /// Exclusive.
    pub end: usize,
    pub kind: MentionKind,
}

/// The actor and agent phrases of a sentence.
#[derive(Default)]
pub(crate) struct Mentions {
    pub list: Vec<Mention>,
    at: Vec<Option<u32>>,
}

/// Nouns that count a group: "hundreds of UN troops", "dozens of protesters".
const QUANTITY: &[&str] = &[
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "dozen",
    "dozens",
    "score",
    "scores",
    "million",
    "millions",
    "ten",
    "tens",
    "handful",
    "number",
    "couple",
    "group",
];

/// Tags whose single word is never an actor on its own ("us" is not the USA).
/// Nouns for someone standing in a relation to the possessor, not belonging to it
/// ("Washington's allies", "Russia's neighbours").
const RELATION_NOUNS: &[&str] = &[
    "ally",
    "partner",
    "neighbour",
    "neighbor",
    "enemy",
    "rival",
    "friend",
    "foe",
    "adversary",
    "opponent",
    "counterpart",
    // the relation itself: "its ties with Pakistan" are India's and Pakistan's
    "tie",
    "relation",
    "relationship",
];

fn blocks_single(upos: &str) -> bool {
    matches!(
        upos,
        "PRON"
            | "DET"
            | "ADP"
            | "AUX"
            | "VERB"
            | "CCONJ"
            | "SCONJ"
            | "PART"
            | "ADV"
            | "PUNCT"
            | "INTJ"
    )
}

impl Mentions {
    pub fn find(
        s: &Sent,
        dict: &ActorDictionary,
        day: Option<Day>,
        entities: &[EntityTok],
        places: &[(usize, usize, String)],
    ) -> Mentions {
        let n = s.len();
        let lemma_words: Vec<String> = s
            .lemma
            .iter()
            .zip(&s.nw)
            .map(|(l, w)| {
                if w.is_empty() {
                    String::new()
                } else {
                    crate::dict::actors::norm_word(l)
                }
            })
            .collect();
        let mut m = Mentions {
            list: Vec::new(),
            at: vec![None; n],
        };
        // entities of the actors stage first: they know coreference and context
        for (a, b, code, id, bare) in entities {
            if names_currency(s, *a, *b) || names_maker(s, *a, *b) {
                continue;
            }
            m.claim(
                *a,
                *b,
                MentionKind::Entity(code.clone(), id.clone(), bare.clone()),
            );
        }
        let mut i = 0;
        while i < n {
            if s.nw[i].is_empty() || m.at[i].is_some() {
                i += 1;
                continue;
            }
            let mut best: Option<(usize, MentionKind)> = None;
            // a verb's lemma is no part of a name: "ordered the newspaper" is not the group
            // called "The Order" (`order the`), "leads" no leader
            let verbal =
                |len: usize| (i..(i + len).min(n)).any(|t| matches!(s.upos(t), "VERB" | "AUX"));
            // an actor's entry is a name: it is not matched by ordinary words written in lower
            // case ("two Iraqi youths" is not the Basque group whose synonym is YOUTH, "the
            // organization" not Tanzim, "a male nurse" not the Maldives' capital)
            let named = |len: usize| {
                (i..(i + len).min(n)).any(|t| s.toks[t].text.chars().any(char::is_uppercase))
            };
            for (words, lemmas) in [(&s.nw, false), (&lemma_words, true)] {
                if let Some(am) = dict
                    .actor_at(words, i, day)
                    .filter(|am| !(lemmas && verbal(am.len)) && named(am.len))
                {
                    if best.as_ref().is_none_or(|b| am.len > b.0) {
                        best = Some((am.len, MentionKind::Actor(am.code)));
                    }
                }
                if let Some((len, agent)) = dict
                    .agent_at(words, i)
                    .filter(|(len, _)| !(lemmas && verbal(*len)))
                {
                    if best.as_ref().is_none_or(|b| len > b.0) {
                        best = Some((len, MentionKind::Agent(agent.code.clone(), agent.mode)));
                    }
                }
            }
            match best {
                Some((len, kind))
                    if (len > 1 || !blocks_single(s.upos(i)))
                        && !names_currency(s, i, i + len)
                        && !names_maker(s, i, i + len) =>
                {
                    i = if m.claim(i, i + len, kind) {
                        (i + len).min(n)
                    } else {
                        i + 1
                    };
                }
                _ => i += 1,
            }
        }
        // places of the gazetteer that neither the actors stage nor the dictionaries name
        // ("the Crimean Peninsula", a town): their country, as a dictionary's place entries
        // ("Kharkiv" UKR) are coded
        for (a, b, country) in places {
            if names_currency(s, *a, *b) || names_maker(s, *a, *b) {
                continue;
            }
            m.claim(*a, *b, MentionKind::Actor(Some(country.clone())));
        }
        m
    }

    /// Adds a mention over tokens `a..b` (cut at the sentence's end) when none of them is
    /// taken yet; whether it was added.
    fn claim(&mut self, a: usize, b: usize, kind: MentionKind) -> bool {
        let b = b.min(self.at.len());
        if a >= b || self.at[a..b].iter().any(Option::is_some) {
            return false;
        }
        let idx = self.list.len() as u32;
        self.list.push(Mention {
            start: a,
            end: b,
            kind,
        });
        self.at[a..b].iter_mut().for_each(|x| *x = Some(idx));
        true
    }

    pub fn at(&self, t: usize) -> Option<&Mention> {
        self.at
            .get(t)
            .copied()
            .flatten()
            .map(|i| &self.list[i as usize])
    }

    /// The syntactic head of the mention covering `t`: the token of the mention whose head
    /// lies outside it.
    pub fn head_of(&self, s: &Sent, t: usize) -> usize {
        match self.at(t) {
            Some(m) => (m.start..m.end)
                .find(|&x| s.head[x].is_none_or(|h| h < m.start || h >= m.end))
                .unwrap_or(m.end - 1),
            None => t,
        }
    }
}

/// One coded participant: its code, the tokens of its phrase, and the entity when the actors
/// stage gave it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Party {
    pub code: String,
    pub head: usize,
    pub first: usize,
    pub last: usize,
    pub entity: Option<String>,
}

/// Relations inside a noun phrase that may carry an actor or agent.
const MOD_RELS: &[&str] = &["compound", "amod", "nmod", "flat", "appos", "det", "nummod"];

const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "near",
    "inside",
    "outside",
    "across",
    "throughout",
    "around",
    "within",
    "into",
    "along",
];

/// Prepositions that open what a mutual act is about, not who takes part in it.
pub(crate) const TOPIC: &[&str] = &[
    "about",
    "regarding",
    "regard",
    "concerning",
    "concern",
    "over",
    "on",
];

/// Relations that make up the words of a noun phrase as shown to users.
const SPAN_RELS: &[&str] = &[
    "compound",
    "amod",
    "flat",
    "det",
    "nummod",
    "fixed",
    "nmod:poss",
    "case",
];

pub(crate) struct NpCoder<'a> {
    pub s: &'a Sent<'a>,
    pub m: &'a Mentions,
    /// Leave out what a phrase is about: modifiers a topic preposition (`TOPIC`) opens. Set
    /// for the participants of a mutual act, whose noun names the act and whose "about",
    /// "on", "over" phrase its subject ("held talks about the city of Jerusalem", "an
    /// agreement on cooperation with Iran"), not a party; "talks with Iran" keeps Iran.
    pub skip_topics: bool,
    /// The words of the matched pattern: an agent word among them that modifies another noun
    /// describes the act, not a participant ("conducting military exercises in Alaska",
    /// "offered military support to Lebanon": `{&MILITARY exercises}`, `{&MILITARY support}`).
    pub act: &'a [usize],
    /// The coder's rule tables (`place_role`).
    pub rules: &'a Rules,
}

#[derive(Default)]
struct HeadInfo {
    primary: Option<(String, Option<String>)>,
    /// The actors stage's code from the context, when `primary` is the bare role: used when
    /// the phrase's own words give no country.
    context: Option<String>,
    /// Codes from modifiers, with the modifier (child of the head) they were found under.
    countries: Vec<(String, Option<String>, usize)>,
    agents: Vec<(String, AgentMode)>,
}

impl NpCoder<'_> {
    /// The tokens shown for a phrase headed by `x`: the head with its compounds, adjectives,
    /// determiners and possessors.
    pub fn np_span(&self, x: usize) -> (usize, usize) {
        let s = self.s;
        let (mut lo, mut hi) = (x, x);
        let mut stack = vec![x];
        let mut guard = 0;
        while let Some(t) = stack.pop() {
            guard += 1;
            if guard > 64 {
                break;
            }
            lo = lo.min(t);
            hi = hi.max(t);
            for k in s.kids_rel(t, SPAN_RELS) {
                if s.rel(k) == "case" && t == x {
                    continue;
                }
                stack.push(k);
            }
        }
        // a mention that sticks out of the syntactic span ("Sergey Lavrov" parsed oddly)
        if let Some(mm) = self.m.at(x) {
            lo = lo.min(mm.start);
            hi = hi.max(mm.end - 1);
        }
        self.trim(lo, hi)
    }

    fn trim(&self, mut lo: usize, mut hi: usize) -> (usize, usize) {
        let s = self.s;
        while lo < hi && (s.nw[lo].is_empty() || s.rel(lo) == "case") {
            lo += 1;
        }
        while hi > lo && s.nw[hi].is_empty() {
            hi -= 1;
        }
        (lo, hi)
    }

    fn head_info(&self, x: usize) -> HeadInfo {
        let s = self.s;
        let mut info = HeadInfo::default();
        let mut seen: Vec<usize> = Vec::new();
        let mut head_is_agent = false;
        // a society's own group whose country the actors stage took from the context ("the
        // rebels" after "British Foreign Secretary"): where it is ("the rebels in Darfur",
        // "activists in Gaza") says whose it is, when its other words name no country
        let mut placed_role = false;
        let mut placed: Vec<(String, Option<String>, usize)> = Vec::new();
        if let Some(m) = self.m.at(x) {
            seen.push(m.start);
            match &m.kind {
                // a bare role of the actors stage ("dissidents": `---OPP`) takes the country
                // its modifiers give ("dissidents from Egypt", in `code`); a locative one is
                // left to the event's location, which resolves the place in context
                MentionKind::Entity(code, id, None) => {
                    info.primary = Some((code.clone(), Some(id.clone())))
                }
                MentionKind::Entity(code, id, Some(bare)) => {
                    placed_role = bare
                        .strip_prefix("---")
                        .is_some_and(|r| self.rules.is("place_role", &r.to_ascii_lowercase()));
                    info.primary = Some((bare.clone(), Some(id.clone())));
                    info.context = Some(code.clone());
                }
                MentionKind::Actor(Some(code)) => info.primary = Some((code.clone(), None)),
                MentionKind::Actor(None) => {}
                MentionKind::Agent(code, mode) => {
                    head_is_agent = true;
                    info.agents.push((code.clone(), *mode));
                }
            }
        }
        // modifiers, breadth first, three levels deep; coordinated modifiers count
        let mut frontier: Vec<(usize, usize)> = vec![(x, x)];
        for depth in 0..3 {
            let mut next = Vec::new();
            for &(t, top) in &frontier {
                let mut kids: Vec<usize> = s.kids_rel(t, MOD_RELS).collect();
                if depth > 0 {
                    kids.extend(s.kids_rel(t, &["conj"]));
                }
                for k in kids {
                    if k == x || control_participle(s, k) {
                        continue;
                    }
                    // where a thing happened is not who it is: "an attack in south Ithilen",
                    // "talks in Istanbul" (but "activists in Arnor" are Arnor's)
                    // nor is a border it lies on or near: "a Karen rebel base on the Thai
                    // border", "Karen rebels near the Thai border" are not Thailand's, whatever
                    // the head (a line between two states names neither as the owner)
                    if s.urel(k) == "nmod"
                        && s.case_of(k).is_some()
                        && crate::actors::words::is_border(&s.lemma[k].to_ascii_lowercase())
                    {
                        continue;
                    }
                    if !head_is_agent
                        && s.urel(k) == "nmod"
                        && s.case_of(k).is_some_and(|c| LOCATIVE.contains(&c.as_str()))
                    {
                        if placed_role && depth == 0 && placed.is_empty() {
                            placed.extend(
                                self.code(k)
                                    .into_iter()
                                    .filter(|p| !p.code.starts_with("---"))
                                    .map(|p| (p.code, p.entity, k)),
                            );
                        }
                        continue;
                    }
                    if self.skip_topics
                        && s.urel(k) == "nmod"
                        && s.case_of(k).is_some_and(|c| TOPIC.contains(&c.as_str()))
                    {
                        continue;
                    }
                    let top = if depth == 0 { k } else { top };
                    let mut group = vec![k];
                    group.extend(s.kids_rel(k, &["conj"]));
                    for g in group {
                        if let Some(m) = self.m.at(g) {
                            let act = matches!(m.kind, MentionKind::Agent(..))
                                && (m.start..m.end).any(|t| self.act.contains(&t));
                            if !(act || seen.contains(&m.start) || m.start <= x && x < m.end) {
                                seen.push(m.start);
                                match &m.kind {
                                    MentionKind::Entity(code, id, _) => {
                                        info.countries.push((code.clone(), Some(id.clone()), top))
                                    }
                                    MentionKind::Actor(Some(code)) => {
                                        info.countries.push((code.clone(), None, top))
                                    }
                                    MentionKind::Actor(None) => {}
                                    MentionKind::Agent(code, mode) => {
                                        info.agents.push((code.clone(), *mode))
                                    }
                                }
                            }
                        }
                        next.push((g, top));
                    }
                }
            }
            if next.is_empty() {
                break;
            }
            frontier = next;
        }
        if info.countries.is_empty() {
            info.countries = placed;
        }
        // an apposition describes the same person again ("the mayor of Nablus, a member of
        // the Hamas movement"): it gives a country only when the head's own words give none
        if info.countries.iter().any(|c| s.rel(c.2) != "appos") {
            info.countries.retain(|c| s.rel(c.2) != "appos");
        }
        // a bare role or agent followed by "from X" that the parser hung on the verb instead of
        // the role ("received ministers from the Georgian government" read as received ...
        // from ...): the words say the role comes from X, as when the phrase is the role's own
        let bare = match &info.primary {
            Some((c, _)) => c.starts_with("---"),
            None => !info.agents.is_empty(),
        };
        if info.countries.is_empty() && bare {
            if let Some(k) = self.detached_from(x) {
                for p in self.code(k) {
                    if !p.code.starts_with("---") {
                        info.countries.push((p.code, p.entity, k));
                    }
                }
            }
        }
        // the possessor owns the head; another modifier's actor is where a holder serves or
        // what the thing is aimed at: "Russia's UN ambassador" is Russia's (not also the UN's),
        // "the UN's Syria envoy" the UN's, "its campaign against the militant group" its.
        // Coordinated possessors ("Russia's and China's envoys") are all owners. A relation
        // noun is the exception: "Washington's NATO allies" are not Washington.
        let owned = |top: usize| s.rel(top) == "nmod:poss";
        if !RELATION_NOUNS.contains(&s.lemma[x].as_str())
            && info.countries.iter().any(|c| owned(c.2))
            && info.countries.iter().any(|c| !owned(c.2))
        {
            info.countries.retain(|c| owned(c.2));
        }
        info
    }

    /// The head of a "from" phrase right after the phrase of `x` that the parser attached to
    /// `x`'s own governor rather than to `x` ("received ministers from the government").
    fn detached_from(&self, x: usize) -> Option<usize> {
        let s = self.s;
        let (_, hi) = self.np_span(x);
        let f = hi + 1;
        if f >= s.len() || s.lemma[f] != "from" || s.upos(f) != "ADP" {
            return None;
        }
        let k = s.head[f]?;
        (k > f && s.head[k].is_some() && s.head[k] == s.head[x] && s.urel(k) == "obl").then_some(k)
    }

    /// Members of a list that the parser folded into the modifiers of its last name:
    /// "Japan and South Korea" read as "Japan" a compound of "Korea" (with "South" a
    /// conjunct of "Japan"), "The US and South Korea", "Japan, China and South Korea". The
    /// words decide: right before `x`'s own actor name stand "and" and another actor name of
    /// `x`'s phrase, and before that, comma by comma, more of them. Only when `x`'s name is an
    /// actor with a code of its own (not a role: "Japanese and South Korean officials" are
    /// the officials' two countries already). Returns the members in the order of the
    /// sentence and the first token of `x`'s own words (0 when there is none).
    fn folded_members(&self, x: usize) -> (Vec<usize>, usize) {
        let s = self.s;
        let none = (Vec::new(), 0);
        let Some(hm) = self.m.at(x) else {
            return none;
        };
        let named = |m: &Mention| match &m.kind {
            MentionKind::Entity(code, _, None) | MentionKind::Actor(Some(code)) => {
                !code.starts_with("---")
            }
            _ => false,
        };
        if !named(hm) || hm.start < 2 {
            return none;
        }
        let and = hm.start - 1;
        if !(s.upos(and) == "CCONJ" && s.lemma[and] == "and" && s.under(and, x)) {
            return none;
        }
        let mut out: Vec<usize> = Vec::new();
        let mut end = and;
        // each member ends right before `end`
        while let Some(m) = end.checked_sub(1).and_then(|t| self.m.at(t)) {
            let h = self.m.head_of(s, m.start);
            if m.end != end || !named(m) || h == x || !s.under(h, x) {
                break;
            }
            out.insert(0, h);
            // another member before it, after a comma
            if m.start >= 2 && s.toks[m.start - 1].text == "," && s.under(m.start - 1, x) {
                end = m.start - 1;
            } else {
                break;
            }
        }
        if out.is_empty() {
            return none;
        }
        (out, and + 1)
    }

    /// Codes of the phrase headed by `x`, one per coordinated actor.
    pub fn code(&self, x: usize) -> Vec<Party> {
        let s = self.s;
        // a quantity is the group it counts: "Hundreds of UN troops" are UN troops (one
        // party, IGOUNOMIL), not the troops and the UN apart
        if self.m.at(x).is_none() && QUANTITY.contains(&s.lemma[x].as_str()) {
            if let Some(k) = s
                .kids_rel(x, &["nmod"])
                .find(|&k| k > x && s.case_of(k).as_deref() == Some("of") && self.m.at(k).is_some())
            {
                let mut out = self.code(k);
                for p in out.iter_mut() {
                    p.first = p.first.min(self.np_span(x).0);
                }
                return out;
            }
        }
        let mut heads = s.conjuncts(x);
        // members of a list the parser folded into the last name's modifiers come first, in
        // the order of the sentence, and the last name shows only its own words
        let (folded, cut) = self.folded_members(x);
        if !folded.is_empty() {
            heads.retain(|h| !folded.contains(h));
            heads.splice(0..0, folded.iter().copied());
        }
        let infos: Vec<HeadInfo> = heads.iter().map(|&h| self.head_info(h)).collect();
        let shared: Vec<(String, Option<String>, usize)> =
            infos.iter().flat_map(|i| i.countries.clone()).collect();
        // an abbreviated name read as a conjunct of the noun it modifies along with the next
        // member ("US and British activists", "US and Iraqi forces" parsed as "US" and "Iraqi
        // forces"): a bare abbreviation right before "and" and the next member's modifiers
        // shares that member's role
        let shared_role = |i: usize| -> Option<&[(String, AgentMode)]> {
            let (h, n) = (heads[i], heads.get(i + 1).copied()?);
            let text = s.toks[h].text.as_str();
            let abbreviation = (2..=4).contains(&text.len())
                && text.chars().all(|c| c.is_ascii_uppercase() || c == '.');
            let next = &infos[i + 1];
            let plain = infos[i].agents.is_empty() && infos[i].countries.is_empty();
            (abbreviation
                && plain
                && s.kids[h]
                    .iter()
                    .all(|&k| matches!(s.urel(k), "punct" | "cc" | "conj" | "det"))
                && h + 1 < s.len()
                && s.upos(h + 1) == "CCONJ"
                && self.np_span(n).0 == h + 2
                && !next.agents.is_empty()
                && !next.countries.is_empty()
                && next.primary.is_none())
            .then_some(next.agents.as_slice())
        };
        let mut out: Vec<Party> = Vec::new();
        for (i, (&h, info)) in heads.iter().zip(&infos).enumerate() {
            let (mut first, last) = self.np_span(h);
            if h == x {
                first = first.max(cut.min(last));
            }
            let mut push = |code: String, entity: Option<String>, via: Option<usize>| {
                // a code from a modifier shows the modifier too: "20% of Ukrainian territory"
                let (mut a, mut b) = (first, last);
                if let Some(k) = via {
                    if s.under(k, h) {
                        let (lo, hi) = phrase_span(s, k);
                        a = a.min(lo);
                        b = b.max(hi);
                        let t = self.trim(a, b);
                        a = t.0;
                        b = t.1;
                    }
                }
                if !out.iter().any(|p| p.code == code && p.head == h) {
                    out.push(Party {
                        code,
                        head: h,
                        first: a,
                        last: b,
                        entity,
                    });
                }
            };
            if let (Some((code, ent)), Some(agents)) = (&info.primary, shared_role(i)) {
                push(combine(code, agents), ent.clone(), None);
                continue;
            }
            if let Some((code, ent)) = &info.primary {
                match code.strip_prefix("---") {
                    Some(role) if !info.countries.is_empty() => {
                        let mut agents = vec![(role.to_string(), AgentMode::Suffix)];
                        agents.extend(info.agents.iter().cloned());
                        for (c, _, via) in &info.countries {
                            push(combine(c, &agents), ent.clone(), Some(*via));
                        }
                    }
                    _ => {
                        let code = info.context.as_ref().unwrap_or(code);
                        push(combine(code, &info.agents), ent.clone(), None)
                    }
                }
                continue;
            }
            let countries =
                if info.countries.is_empty() && !info.agents.is_empty() && heads.len() > 1 {
                    // "lawmakers and officials in Fornost": the modifier serves both
                    shared.clone()
                } else {
                    info.countries.clone()
                };
            if !countries.is_empty() {
                for (c, ent, via) in countries {
                    push(combine(&c, &info.agents), ent, Some(via));
                }
            } else if !info.agents.is_empty() {
                push(combine("---", &info.agents), None, None);
            }
        }
        out
    }
}

/// Currency nouns a country's name or adjective can qualify ("the U.S. dollar", "Russian
/// roubles"). Words that are as often something else ("real", "won", "dong", "pound" as a
/// verb is no noun) are left out, or count only as nouns.
const CURRENCY: &[&str] = &[
    "dollar", "euro", "yen", "yuan", "renminbi", "pound", "sterling", "rupee", "rouble", "ruble",
    "franc", "lira", "peso", "rand", "dinar", "riyal", "rial", "shekel", "krone", "krona", "zloty",
    "forint", "hryvnia", "ringgit", "baht", "rupiah", "naira", "cedi", "shilling", "dirham",
    "manat", "tenge", "lev", "leu", "kuna", "koruna",
];

/// Whether the words `a..b` name the country of a currency, not an actor: a country prefix
/// of a dollar sign ("US$1 billion contracts", "US $50 million": the parser reads the
/// abbreviation as a compound of `$`), or a country qualifying a currency noun right after it ("the U.S.
/// dollar", "Russian roubles"). An amount of money is a thing; who pays or gets it is in the
/// rest of the sentence ("aid to Serbia", "gave the Ivory Coast 5.1 million dollars").
pub(crate) fn names_currency(s: &Sent, a: usize, b: usize) -> bool {
    let b = b.min(s.len());
    if a >= b || b >= s.len() {
        return false;
    }
    // the words hang on the next token, all of them that hang outside ("the U.S." in "the
    // U.S. dollar": "the" and "U.S." both on "dollar")
    let outside: Vec<usize> = (a..b)
        .filter(|&t| s.head[t].is_none_or(|g| g < a || g >= b))
        .collect();
    if outside.is_empty() || outside.iter().any(|&t| s.head[t] != Some(b)) {
        return false;
    }
    // a dollar sign's prefix is one short abbreviation ("US", "U.S.", "HK", "A"), not a
    // longer name the parser hung on an amount after it ("cost the U.S. Air Force $40 billion")
    let named: Vec<usize> = (a..b).filter(|&t| s.upos(t) != "DET").collect();
    let prefix = named.len() == 1 && {
        let w = s.toks[named[0]].text.as_str();
        w.len() <= 4 && w.chars().all(|c| c.is_ascii_uppercase() || c == '.')
    };
    let next = s.toks[b].text.as_str();
    (prefix && next == "$" && s.upos(b) == "SYM")
        || (matches!(s.upos(b), "NOUN" | "PROPN")
            && CURRENCY.contains(&s.lemma[b].to_lowercase().as_str())
            && outside
                .iter()
                .any(|&t| matches!(s.urel(t), "compound" | "amod")))
}

/// Whether the words `a..b` name the maker of a thing, not an actor: the name right before a
/// hyphen and a participle of making ("Russian-made rockets", "a US-built drone", "Soviet-
/// designed tanks", "French-supplied jets"). A weapon or a machine is no party to an event,
/// and its maker is not named as one ("strengthened its forces in Lebanon following the
/// discovery of Russian-made rockets" is aimed at Lebanon, not Russia). Affiliations
/// ("Iranian-backed", "Saudi-led") and holders ("UK-based") are other rules'.
pub(crate) fn names_maker(s: &Sent, a: usize, b: usize) -> bool {
    const MADE: &[&str] = &[
        "made",
        "built",
        "manufactured",
        "designed",
        "produced",
        "supplied",
    ];
    a < b
        && b + 1 < s.len()
        && matches!(s.toks[b].text.as_str(), "-" | "\u{2010}" | "\u{2011}")
        && MADE.contains(&s.nw[b + 1].as_str())
}

/// A hyphenated participle saying who holds or hosts the thing ("military-ruled Myanmar", "a
/// UK-based group", "a government-held part of Syria", "a Moscow-based bank"): the actor before
/// the hyphen controls the thing or is where it sits, it is not who the thing is. Affiliations
/// ("Iranian-backed", "Saudi-led", "Qaeda-linked") are not among them.
fn control_participle(s: &Sent, k: usize) -> bool {
    const CONTROL: &[&str] = &[
        "based",
        "held",
        "controlled",
        "ruled",
        "run",
        "occupied",
        "administered",
        "dominated",
        "governed",
        "headquartered",
    ];
    k >= 2
        && s.urel(k) == "amod"
        && CONTROL.contains(&s.nw[k].as_str())
        && matches!(s.toks[k - 1].text.as_str(), "-" | "\u{2010}" | "\u{2011}")
}

/// The span of a phrase without the clauses hanging on it ("an exchange between Russia and
/// Ukraine", not "... to reach a ceasefire").
fn phrase_span(s: &Sent, k: usize) -> (usize, usize) {
    let (mut lo, mut hi) = (k, k);
    let mut stack = vec![k];
    let mut guard = 0;
    while let Some(t) = stack.pop() {
        guard += 1;
        if guard > 128 {
            break;
        }
        lo = lo.min(t);
        hi = hi.max(t);
        for &c in &s.kids[t] {
            if !s.is_clause_boundary(c) && !matches!(s.urel(c), "punct" | "acl") {
                stack.push(c);
            }
        }
    }
    (lo, hi)
}

/// Country (or actor) code plus agent codes: `RUS` + `GOV` → `RUSGOV`; `ARN` with `[NGO~]`
/// → `NGOARN`. An agent already in the code is not added twice.
pub(crate) fn combine(code: &str, agents: &[(String, AgentMode)]) -> String {
    let mut prefix = String::new();
    let mut out = code.to_string();
    for (a, mode) in agents {
        match mode {
            AgentMode::Suffix => {
                if !(out.ends_with(a.as_str()) || out.len() > 3 && out[3..].contains(a.as_str())) {
                    out.push_str(a);
                }
            }
            AgentMode::Prefix => {
                if !out.starts_with(a.as_str()) && !prefix.contains(a.as_str()) {
                    prefix.push_str(a);
                }
            }
        }
    }
    format!("{prefix}{out}")
}

/// The entity mentions of a sentence as token ranges: (first token, end token, actor code,
/// entity id), from `doc.entities` (filled by the actors stage when it has run).
///
/// A code that is a bare role (`BUS`, `MED`: the actors stage's code for a role with no
/// country) is written with the unknown-country filler, `---BUS`, as the coder's own matches
/// and PETRARCH write it, so one article's events use one convention.
pub(crate) fn entity_tokens(
    doc: &Document,
    sentence: usize,
    roles: &std::collections::HashSet<String>,
) -> Vec<EntityTok> {
    let mut out = Vec::new();
    let Some(sent) = doc.sentences.get(sentence) else {
        return out;
    };
    for e in &doc.entities {
        let Some(code) = &e.actor else { continue };
        // an international organisation's own code from a dictionary entry ("the OSCE",
        // "APEC": `IGO`, which the agents file also gives observers as a role) names the actor
        // itself, as a country's code does: "The OSCE mission", "a mission of observers from
        // the OSCE" are `IGO`, not a role `---IGO` with no country
        let entry = e.actor_source.as_deref().is_some_and(|src| {
            (src.starts_with("overlay.tsv:") || src.starts_with("Phoenix."))
                && !src.starts_with("Phoenix.agents")
        });
        let code = if roles.contains(code) && !(entry && INTERNATIONAL.contains(&code.as_str())) {
            format!("---{code}")
        } else {
            code.clone()
        };
        // a role whose country the actors stage took from the context ("agent: dissidents
        // (...) + context: USA"): the bare role, for the phrase's own words to complete
        let bare = e
            .actor_source
            .as_deref()
            .and_then(|src| src.rsplit_once("+ context: "))
            .and_then(|(_, country)| code.strip_prefix(country.trim()))
            .filter(|role| !role.is_empty())
            .map(|role| format!("---{role}"));
        for m in e.mentions.iter().filter(|m| m.sentence == sentence) {
            if let Some((a, b)) = token_range(sent, m.start, m.end) {
                out.push((a, b, code.clone(), e.id.clone(), bare.clone()));
            }
        }
    }
    out.sort();
    out
}

/// CAMEO's codes of international actors that stand where a country's code stands (an
/// intergovernmental or non-governmental organisation, a militant group), and that the agents
/// file also lists as roles.
const INTERNATIONAL: &[&str] = &["IGO", "NGO", "IMG"];

/// An entity mention as token range (first, end exclusive), actor code, entity id and, for a
/// role whose country came from the context, the bare role (`MentionKind::Entity`).
pub(crate) type EntityTok = (usize, usize, String, String, Option<String>);

/// The token spans (end exclusive) and countries of the places stage's places in sentence
/// `sentence`.
pub(crate) fn place_tokens(doc: &Document, sentence: usize) -> Vec<(usize, usize, String)> {
    let Some(sent) = doc.sentences.get(sentence) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for p in doc.places.iter().filter(|p| p.sentence == sentence) {
        let Some(country) = &p.country else { continue };
        if let Some((a, b)) = token_range(sent, p.start, p.end) {
            out.push((a, b, country.clone()));
        }
    }
    out
}

/// The tokens of `sent` that a character span touches: (first, end exclusive).
fn token_range(sent: &acta_core::Sentence, start: usize, end: usize) -> Option<(usize, usize)> {
    let a = sent.tokens.iter().position(|t| t.end > start)?;
    let b = sent.tokens.iter().rposition(|t| t.start < end)?;
    (a <= b).then_some((a, b + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn combining_codes_with_agents() {
        let g = |c: &str| (c.to_string(), AgentMode::Suffix);
        assert_eq!(combine("RUS", &[g("GOV")]), "RUSGOV");
        assert_eq!(combine("RUSGOV", &[g("GOV")]), "RUSGOV");
        assert_eq!(combine("---", &[g("GOV")]), "---GOV");
        assert_eq!(combine("DNK", &[g("MUS"), g("MED")]), "DNKMUSMED");
        assert_eq!(
            combine("ARN", &[("NGO".into(), AgentMode::Prefix)]),
            "NGOARN"
        );
    }
}
