//! Tokenization following the Universal Dependencies English (EWT) conventions.
//!
//! The parser is trained on UD English EWT, so it must see words cut the way the treebank cuts
//! them: `don't` → `do n't`, `Ukraine's` → `Ukraine 's`, `cannot` → `can not`, `long-term` →
//! `long - term` (but `e-mail`, `non-profit`, `713-853-3989` stay whole), punctuation split
//! off, while `U.S.`, `Dr.`, `3.5`, `9/11`, `5:00`, URLs, e-mail addresses and emoticons stay
//! whole. Every token is a byte range of the input text; no characters are invented.

/// A token: a byte range of the text it was cut from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
}

/// Abbreviations that keep their final period (lowercased, without the final period).
/// Single letters (`W.`) and dotted sequences (`U.S.`, `p.m.`) are recognised by shape.
pub(crate) const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "lt", "col", "maj",
    "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "brig", "gov", "govt", "sen", "rep", "reps",
    "pres", "rev", "hon", "amb", "supt", "insp", "det", "gens", "sens", "messrs", "mme", "mlle",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
    "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "inc", "corp", "co", "ltd",
    "llc", "bros", "dept", "univ", "assn", "assoc", "natl", "intl", "vs", "etc", "no", "nos",
    "vol", "vols", "approx", "est", "fig", "figs", "ave", "blvd", "rd", "hwy", "mtn", "ca", "cf",
    "al", "ed", "eds", "pp", "para", "paras", "ch", "sec", "art", "pt", "min", "max", "misc",
    "dist", "div", "div", "op", "repr", "ret", "rep", "ref", "yr", "yrs", "mo", "mos", "wk", "hr",
    "hrs", "sq", "ft", "lb", "lbs", "oz", "kg", "km", "mi", "tel", "ext", "attn", "cc", "ps",
    "esp", "incl", "dir", "mgr", "asst", "exec", "adj", "ariz", "calif", "colo", "conn", "fla",
    "ga", "ill", "ind", "kan", "kans", "ky", "la", "mass", "md", "mich", "minn", "miss", "mo",
    "mont", "neb", "nev", "okla", "ore", "pa", "penn", "tenn", "tex", "va", "vt", "wash", "wis",
    "wyo", "del", "ala", "ark",
];

/// Prefixes after which a hyphen does not split the word (`non-profit`, `e-mail`).
const HYPHEN_PREFIXES: &[&str] = &[
    "e", "non", "mid", "anti", "re", "pro", "pre", "co", "cross", "post", "over", "multi", "ex",
    "sub", "semi", "counter", "mini", "neo", "inter", "psycho", "pan", "ultra", "micro", "macro",
    "quasi", "pseudo", "intra", "trans", "bi", "tri", "un", "vice", "de", "geo", "socio",
];

/// Words UD splits into two without an apostrophe: `cannot` → `can not`, `gonna` → `gon na`.
const FUSED: &[(&str, usize)] = &[
    ("cannot", 3),
    ("gonna", 3),
    ("wanna", 3),
    ("gotta", 3),
    ("dont", 2),
    ("didnt", 3),
    ("doesnt", 4),
    ("isnt", 2),
    ("wasnt", 3),
    ("arent", 3),
    ("werent", 4),
    ("couldnt", 5),
    ("wouldnt", 5),
    ("shouldnt", 6),
    ("havent", 4),
    ("hasnt", 3),
    ("hadnt", 3),
    ("cant", 2),
];

const EMOTICONS: &[&str] = &[
    ":)", ":(", ";)", ":D", ":-)", ":-(", ";-)", ":P", ":p", ":-P", ":/", ":-D", ":'(", "^_^",
    "<3", ":o", ":O", "XD", "xD", ":]", ":[", "=)", "(:", "):",
];

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '`' | '‘')
}

fn is_open_punct(c: char) -> bool {
    matches!(
        c,
        '(' | '['
            | '{'
            | '<'
            | '>'
            | '"'
            | '“'
            | '‘'
            | '«'
            | '„'
            | '`'
            | '\''
            | '¿'
            | '¡'
            | '*'
            | '#'
            | '~'
    )
}

fn is_close_punct(c: char) -> bool {
    matches!(
        c,
        ')' | ']'
            | '}'
            | '>'
            | '"'
            | '”'
            | '’'
            | '»'
            | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '.'
            | '\''
            | '…'
            | '*'
            | '`'
    )
}

/// Characters that always stand alone when they are not part of a protected shape.
fn is_split_char(c: char) -> bool {
    matches!(
        c,
        '(' | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '"'
            | '“'
            | '”'
            | '«'
            | '»'
            | '„'
            | ','
            | ';'
            | '!'
            | '?'
            | '…'
            | '$'
            | '%'
            | '€'
            | '£'
            | '¥'
            | '/'
            | '='
            | '+'
            | '|'
            | '~'
            | '^'
            | '—'
            | '–'
            | '•'
            | '·'
    )
}

/// Cuts `text` into UD tokens, returning byte ranges relative to `text` plus `base`.
pub fn tokenize(text: &str, base: usize) -> Vec<Tok> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    tokenize_into(text, base, &mut out);
    out
}

/// Like [`tokenize`], appending to `out`.
pub fn tokenize_into(text: &str, base: usize, out: &mut Vec<Tok>) {
    let bytes = text.as_bytes();
    let is_ws_at = |i: usize| -> (bool, usize) {
        let b = bytes[i];
        if b < 0x80 {
            return (b.is_ascii_whitespace() || b == 0x0b, 1);
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        (c.is_whitespace(), c.len_utf8())
    };
    let mut i = 0;
    while i < bytes.len() {
        let (ws, len) = is_ws_at(i);
        if ws {
            i += len;
            continue;
        }
        let start = i;
        while i < bytes.len() {
            let (ws, len) = is_ws_at(i);
            if ws {
                break;
            }
            i += len;
        }
        split_chunk(text, start, i, base, out);
    }
    // an abbreviation ending the text ends its sentence too: UD gives the sentence its own
    // period (`... in the U.S.` → `U.S` `.`); single initials keep theirs
    if let Some(last) = out.last().copied() {
        let w = &text[last.start - base..last.end - base];
        if last.end - base == text.trim_end().len()
            && w.len() > 2
            && w.ends_with('.')
            && !w.ends_with("..")
        {
            out.pop();
            out.push(Tok {
                start: last.start,
                end: last.end - 1,
            });
            out.push(Tok {
                start: last.end - 1,
                end: last.end,
            });
        }
    }
}

/// Splits one whitespace-delimited chunk `text[s..e]`.
fn split_chunk(text: &str, mut s: usize, mut e: usize, base: usize, out: &mut Vec<Tok>) {
    let push = |out: &mut Vec<Tok>, a: usize, b: usize| {
        if a < b {
            out.push(Tok {
                start: base + a,
                end: base + b,
            });
        }
    };
    let chunk = &text[s..e];
    if is_protected(chunk) {
        push(out, s, e);
        return;
    }
    // Leading punctuation: each mark alone, except repeated runs (`<<`, ``, `((`).
    let mut trailing: Vec<(usize, usize)> = Vec::new();
    loop {
        let chunk = &text[s..e];
        let Some(c) = chunk.chars().next() else { break };
        if !is_open_punct(c) || chunk.len() == c.len_utf8() {
            break;
        }
        // an apostrophe opening a clitic or year (`'s`, `'90s`, `'em`) is not a quote
        if is_apostrophe(c) {
            let rest = &chunk[c.len_utf8()..];
            let lower = rest.to_ascii_lowercase();
            if clitic_len(&chunk.to_ascii_lowercase()) == Some(chunk.len())
                || rest.starts_with(|d: char| d.is_ascii_digit()) && rest.len() <= 4
                || lower == "em"
                || lower == "til"
                || lower == "cause"
                || lower == "n"
            {
                break;
            }
        }
        if is_protected(chunk) {
            break;
        }
        let mut end = s + c.len_utf8();
        if matches!(c, '<' | '>' | '`' | '(' | '*' | '#' | '\'') {
            while text[end..e].starts_with(c) {
                end += c.len_utf8();
            }
        }
        push(out, s, end);
        s = end;
    }
    // Trailing punctuation, collected right to left.
    loop {
        if s >= e {
            break;
        }
        let chunk = &text[s..e];
        if is_protected(chunk) {
            break;
        }
        let Some(c) = chunk.chars().next_back() else {
            break;
        };
        if !is_close_punct(c) {
            break;
        }
        if chunk.len() == c.len_utf8() {
            break;
        }
        if c == '.' {
            let core = &chunk[..chunk.len() - 1];
            if core.ends_with(['.', '!', '?']) {
                // a run of sentence marks: `...`, `!!`, `.?`
                let run_start = s + core.trim_end_matches(['.', '!', '?']).len();
                if run_start > s {
                    trailing.push((run_start, e));
                    e = run_start;
                    continue;
                }
                break;
            }
            if is_abbreviation(core) {
                break;
            }
            trailing.push((e - 1, e));
            e -= 1;
            continue;
        }
        if c == '!' || c == '?' {
            let run_start = s + chunk.trim_end_matches(['.', '!', '?']).len();
            if run_start == s {
                break;
            }
            // `Yahoo!` stays whole
            if chunk == "Yahoo!" {
                break;
            }
            trailing.push((run_start, e));
            e = run_start;
            continue;
        }
        if is_apostrophe(c) {
            let core = &chunk[..chunk.len() - c.len_utf8()];
            // `''` closing quote as one token
            if core.ends_with(c) && c != '’' {
                let start = e - 2 * c.len_utf8();
                trailing.push((start, e));
                e = start;
                continue;
            }
            // possessive s' (`countries'`) splits like a clitic; a closing quote too
            trailing.push((e - c.len_utf8(), e));
            e -= c.len_utf8();
            continue;
        }
        if c == ':' {
            // `5:` → `5 :`, but keep emoticons and times (protected above)
            trailing.push((e - 1, e));
            e -= 1;
            continue;
        }
        let mut start = e - c.len_utf8();
        if matches!(c, '>' | ')' | '*') {
            while start > s && text[..start].ends_with(c) {
                start -= c.len_utf8();
            }
        }
        trailing.push((start, e));
        e = start;
    }
    split_core(text, s, e, base, out);
    for &(a, b) in trailing.iter().rev() {
        push(out, a, b);
    }
}

/// Splits what remains of a chunk once outer punctuation is off: clitics, hyphens, internal
/// punctuation, glued sentences.
fn split_core(text: &str, s: usize, e: usize, base: usize, out: &mut Vec<Tok>) {
    if s >= e {
        return;
    }
    let core = &text[s..e];
    if is_protected(core) {
        out.push(Tok {
            start: base + s,
            end: base + e,
        });
        return;
    }
    // a number with a unit glued on: 375mm, 10pm, 39K
    if let Some(digits) = number_shape(core).filter(|&d| d < core.len()) {
        out.push(Tok {
            start: base + s,
            end: base + s + digits,
        });
        out.push(Tok {
            start: base + s + digits,
            end: base + e,
        });
        return;
    }
    // clitics at the end: don't → do n't, Ukraine's → Ukraine 's
    if let Some(n) = clitic_len(core) {
        if n < core.len() {
            let cut = e - clitic_bytes(core, n);
            split_core(text, s, cut, base, out);
            out.push(Tok {
                start: base + cut,
                end: base + e,
            });
            return;
        }
    }
    // fused forms without apostrophe
    for &(word, cut) in FUSED {
        if core.len() == word.len() && core.eq_ignore_ascii_case(word) {
            out.push(Tok {
                start: base + s,
                end: base + s + cut,
            });
            out.push(Tok {
                start: base + s + cut,
                end: base + e,
            });
            return;
        }
    }
    // internal split characters and hyphens
    let mut last = s;
    let mut iter = core.char_indices().peekable();
    while let Some((off, c)) = iter.next() {
        let at = s + off;
        let next_at = at + c.len_utf8();
        if is_split_char(c)
            && !(c == '/' && slash_keeps(core, off))
            && !(c == '$' && at == s && core[1..].chars().all(|d| d.is_ascii_uppercase()))
        {
            // a run of the same mark is one token: `$$$`, `!!!`, `====`, `//`
            let mut run_end = next_at;
            while text[run_end..e].starts_with(c) {
                run_end += c.len_utf8();
            }
            split_core(text, last, at, base, out);
            out.push(Tok {
                start: base + at,
                end: base + run_end,
            });
            split_core(text, run_end, e, base, out);
            return;
        } else if c == '.' && text[next_at..e].starts_with('.') {
            // an ellipsis inside a chunk: `past...and`, `Coke..........drink`
            let run_end =
                next_at + text[next_at..e].len() - text[next_at..e].trim_start_matches('.').len();
            split_core(text, last, at, base, out);
            out.push(Tok {
                start: base + at,
                end: base + run_end,
            });
            split_core(text, run_end, e, base, out);
            return;
        } else if c == '-' {
            // dashes `--` and `-` between words
            let mut run_end = next_at;
            while text[run_end..e].starts_with('-') {
                run_end += 1;
            }
            let left = &text[last..at];
            let right = &text[run_end..e];
            if run_end - at >= 2 || hyphen_splits(left, right) {
                split_core(text, last, at, base, out);
                out.push(Tok {
                    start: base + at,
                    end: base + run_end,
                });
                last = run_end;
                while iter.peek().is_some_and(|&(o, _)| s + o < run_end) {
                    iter.next();
                }
            }
        } else if c == '.' && at > last && next_at < e {
            // a sentence glued to the next one: `ready.The`
            let left = &text[last..at];
            let right = &text[next_at..e];
            if glued_sentence(left, right) {
                split_core(text, last, at, base, out);
                out.push(Tok {
                    start: base + at,
                    end: base + next_at,
                });
                last = next_at;
            }
        } else if c == ',' || c == ';' {
            // handled by is_split_char
        } else if c == '&' && next_at < e && at > last {
            // PG&E stays whole; `you&me` splits
            let left = &text[last..at];
            if !(left.chars().all(|d| d.is_uppercase()) && left.len() <= 3) {
                split_core(text, last, at, base, out);
                out.push(Tok {
                    start: base + at,
                    end: base + next_at,
                });
                last = next_at;
            }
        }
    }
    if last == s {
        out.push(Tok {
            start: base + s,
            end: base + e,
        });
    } else if last < e {
        split_core(text, last, e, base, out);
    }
}

/// Length in characters of a clitic ending `lower`, if it has one.
fn clitic_len(word: &str) -> Option<usize> {
    let mut chars = [' '; 3];
    let mut n = 0;
    for c in word.chars().rev().take(3) {
        chars[n] = c.to_ascii_lowercase();
        n += 1;
    }
    let chars = &chars[..n];
    let apos = |i: usize| chars.get(i).is_some_and(|&c| is_apostrophe(c));
    // n't
    if chars.len() >= 3 && chars[0] == 't' && apos(1) && chars[2] == 'n' {
        return Some(3);
    }
    if chars.len() >= 2 && apos(1) && matches!(chars[0], 's' | 'm' | 'd') {
        return Some(2);
    }
    if chars.len() >= 3
        && apos(2)
        && matches!((chars[1], chars[0]), ('l', 'l') | ('r', 'e') | ('v', 'e'))
    {
        return Some(3);
    }
    None
}

/// The byte length of the last `n` characters of `s`.
fn clitic_bytes(s: &str, n: usize) -> usize {
    s.chars().rev().take(n).map(char::len_utf8).sum()
}

fn hyphen_splits(left: &str, right: &str) -> bool {
    if left.is_empty() || right.is_empty() {
        return true;
    }
    let digits = |x: &str| x.chars().all(|c| c.is_ascii_digit());
    let left = left.rsplit('-').next().unwrap_or(left);
    if !left.is_empty() && digits(left) && right.chars().next().is_some_and(|c| c.is_ascii_digit())
    {
        return false; // phone numbers, ranges 4-12, dates 11-20-2000
    }
    let l = left.to_lowercase();
    let last_part = l.rsplit('-').next().unwrap_or(&l);
    !HYPHEN_PREFIXES.contains(&last_part)
}

fn slash_keeps(core: &str, off: usize) -> bool {
    // numeric dates and fractions: 9/11, 11/28/2000, 1/2
    let left = &core[..off];
    let right = &core[off + 1..];
    let l = left
        .rsplit(|c: char| !c.is_ascii_digit())
        .next()
        .unwrap_or("");
    let r = right
        .split(|c: char| !c.is_ascii_digit())
        .next()
        .unwrap_or("");
    (!l.is_empty() && !r.is_empty() && left.chars().all(|c| c.is_ascii_digit() || c == '/'))
        || (left.len() == 1 && right.len() == 1)
}

fn glued_sentence(left: &str, right: &str) -> bool {
    let mut r = right.chars();
    let (Some(r0), Some(r1)) = (r.next(), r.next()) else {
        return false;
    };
    if !(r0 == '"' || r0 == '“' || r0.is_uppercase() && r1.is_lowercase()) {
        return false;
    }
    let letters = left.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && left
            .chars()
            .all(|c| c.is_alphanumeric() || c == '\'' || c == '’')
        && left
            .chars()
            .next_back()
            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
        && !is_abbreviation(left)
}

/// True for words that keep their final period: known abbreviations, single letters (`W.`),
/// dotted sequences (`U.S.`, `p.m.`, `i.e.`).
pub(crate) fn is_abbreviation(core: &str) -> bool {
    if core.is_empty() {
        return false;
    }
    let mut chars = core.chars();
    let first = chars.next().unwrap_or(' ');
    if chars.next().is_none() {
        return first.is_alphabetic();
    }
    // dotted: letters separated by periods, `U.S`, `p.m`, `D.C`
    if core.contains('.')
        && core
            .split('.')
            .all(|p| !p.is_empty() && p.chars().count() <= 2 && p.chars().all(char::is_alphabetic))
    {
        return true;
    }
    let lower = core.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

/// Shapes that are one token whatever punctuation they hold.
fn is_protected(chunk: &str) -> bool {
    let b = chunk.as_bytes();
    if b.len() < 2 {
        return false;
    }
    if b.len() <= 3 && EMOTICONS.contains(&chunk) {
        return true;
    }
    // every other protected shape holds one of these: a plain word is rejected at once
    if !b
        .iter()
        .any(|&c| matches!(c, b'.' | b':' | b'/' | b'@' | b',' | b'0'..=b'9'))
    {
        return false;
    }
    // URLs and e-mail addresses
    let starts = |p: &str| b.len() >= p.len() && b[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    if starts("http://") || starts("https://") || starts("www.") || starts("ftp://") {
        return !chunk.ends_with(['.', ',', ')', '"', '!', '?', ';', ':', '\'']);
    }
    if let Some(at) = chunk.find('@') {
        let (user, host) = (&chunk[..at], &chunk[at + 1..]);
        if !user.is_empty()
            && host.contains('.')
            && !host.ends_with('.')
            && chunk
                .chars()
                .all(|c| c.is_alphanumeric() || "._-+@".contains(c))
        {
            return true;
        }
    }
    // domain names: example.com, enron.xls
    if is_domain(chunk) {
        return true;
    }
    // numbers: 3.5, 200,000, 5:00, 9/11, 11/28/2000, 1.2.3, -5
    number_shape(chunk).is_some_and(|digits| {
        // ordinals and decades stay whole (3rd, 1990s); units split off (375mm → 375 mm)
        let suffix = &chunk[digits..];
        matches!(suffix, "" | "st" | "nd" | "rd" | "th" | "s")
    })
}

/// For a number followed by letters (`3.5`, `200,000`, `5:00`, `9/11`, `1990s`, `375mm`),
/// the length of its numeric part; `None` when `chunk` is not of that shape.
fn number_shape(chunk: &str) -> Option<usize> {
    let b = chunk.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let digits = b
        .iter()
        .position(|c| !(c.is_ascii_digit() || matches!(c, b'.' | b',' | b':' | b'/')))
        .unwrap_or(b.len());
    if !b[digits - 1].is_ascii_digit()
        || !b[digits..].iter().all(u8::is_ascii_alphabetic)
        || b.len() - digits > 3
    {
        return None;
    }
    Some(digits)
}

fn is_domain(word: &str) -> bool {
    const TLDS: &[&str] = &[
        "com", "org", "net", "edu", "gov", "int", "mil", "info", "biz", "io", "uk", "ru", "ua",
        "de", "fr", "ca", "au", "in", "cn", "jp", "us", "eu", "vn", "doc", "xls", "pdf", "htm",
        "html", "txt", "ppt", "jpg", "zip", "tv",
    ];
    let Some(dot) = word.rfind('.') else {
        return false;
    };
    let (name, tld) = (&word[..dot], &word[dot + 1..]);
    !name.is_empty()
        && TLDS.iter().any(|t| t.eq_ignore_ascii_case(tld))
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '#'))
        && (name.chars().any(|c| c.is_ascii_lowercase())
            || name
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        tokenize(s, 0)
            .into_iter()
            .map(|t| &s[t.start..t.end])
            .collect()
    }

    #[test]
    fn contractions_and_possessives() {
        assert_eq!(toks("I don't know."), ["I", "do", "n't", "know", "."]);
        assert_eq!(toks("Ukraine's army"), ["Ukraine", "'s", "army"]);
        assert_eq!(
            toks("It’s fine, isn’t it?"),
            ["It", "’s", "fine", ",", "is", "n’t", "it", "?"]
        );
        assert_eq!(
            toks("We can't and won't"),
            ["We", "ca", "n't", "and", "wo", "n't"]
        );
        assert_eq!(
            toks("I cannot, gonna"),
            ["I", "can", "not", ",", "gon", "na"]
        );
        assert_eq!(
            toks("the countries' leaders"),
            ["the", "countries", "'", "leaders"]
        );
        assert_eq!(
            toks("They'll we've I'm he'd"),
            ["They", "'ll", "we", "'ve", "I", "'m", "he", "'d"]
        );
    }

    #[test]
    fn abbreviations_numbers_and_shapes() {
        assert_eq!(
            toks("The U.S. and Gen. Smith met Jan. 5."),
            ["The", "U.S.", "and", "Gen.", "Smith", "met", "Jan.", "5", "."]
        );
        assert_eq!(
            toks("Nearly 20% grew 3.5 times to $200,000."),
            ["Nearly", "20", "%", "grew", "3.5", "times", "to", "$", "200,000", "."]
        );
        assert_eq!(
            toks("on 21/8 at 5:00 p.m."),
            ["on", "21/8", "at", "5:00", "p.m", "."]
        );
        assert_eq!(
            toks("see http://example.com/a-b. Mail me@x.org :)"),
            [
                "see",
                "http://example.com/a-b",
                ".",
                "Mail",
                "me@x.org",
                ":)"
            ]
        );
        assert_eq!(
            toks("in the 1990s, the 3rd"),
            ["in", "the", "1990s", ",", "the", "3rd"]
        );
    }

    #[test]
    fn hyphens_follow_ewt() {
        assert_eq!(
            toks("a long-term, full-fledged plan"),
            ["a", "long", "-", "term", ",", "full", "-", "fledged", "plan"]
        );
        assert_eq!(
            toks("e-mail non-profit co-founder"),
            ["e-mail", "non-profit", "co-founder"]
        );
        assert_eq!(
            toks("call 713-853-3989 -- now"),
            ["call", "713-853-3989", "--", "now"]
        );
        assert_eq!(toks("a 20-year-old"), ["a", "20", "-", "year", "-", "old"]);
    }

    #[test]
    fn quotes_brackets_and_runs() {
        assert_eq!(
            toks("\"For lasting peace,\" he said."),
            ["\"", "For", "lasting", "peace", ",", "\"", "he", "said", "."]
        );
        assert_eq!(toks("(SCO) summit"), ["(", "SCO", ")", "summit"]);
        assert_eq!(toks("What?! Really..."), ["What", "?!", "Really", "..."]);
        assert_eq!(
            toks("“territorial exchange”"),
            ["“", "territorial", "exchange", "”"]
        );
        assert_eq!(toks("and/or 9/11"), ["and", "/", "or", "9/11"]);
    }

    #[test]
    fn runs_ellipses_units_and_signs() {
        assert_eq!(
            toks("Great!!! $$$ =====",),
            ["Great", "!!!", "$$$", "====="]
        );
        assert_eq!(
            toks("the past...and then"),
            ["the", "past", "...", "and", "then"]
        );
        assert_eq!(
            toks("a 375mm gun at 10pm, in the 1990s, 3rd"),
            ["a", "375", "mm", "gun", "at", "10", "pm", ",", "in", "the", "1990s", ",", "3rd"]
        );
        assert_eq!(
            toks("fell to -0.39 and >100"),
            ["fell", "to", "-", "0.39", "and", ">", "100"]
        );
        assert_eq!(
            toks("They met in the U.S."),
            ["They", "met", "in", "the", "U.S", "."]
        );
    }

    #[test]
    fn glued_sentences_split() {
        assert_eq!(
            toks("not yet ready.Huyen Le"),
            ["not", "yet", "ready", ".", "Huyen", "Le"]
        );
        assert_eq!(toks("ready.The"), ["ready", ".", "The"]);
        // but not domain names or dotted abbreviations
        assert_eq!(toks("Visit Amazon.com now"), ["Visit", "Amazon.com", "now"]);
    }

    #[test]
    fn offsets_are_byte_ranges_with_base() {
        let t = tokenize("Kyiv’s", 10);
        assert_eq!(t, [Tok { start: 10, end: 14 }, Tok { start: 14, end: 18 }]);
    }
}
