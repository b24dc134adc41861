//! The `acta` command line: argument parsing and dispatch only. The work is in `acta::cmd`.

use std::path::PathBuf;
use std::process::ExitCode;

use acta::cmd::{self, InputArgs, MetaArgs};
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "acta",
    version,
    about = "News articles in, an evidence-linked database of political events and statements out.",
    long_about = "Acta reads news articles (text, HTML, JSON Lines, RSS/Atom; plain, gzip or zstd; files, \
directories or stdin), cleans them, splits sentences and tokens, and codes who did what to whom, when \
and where, and who said what. Every record points back to the words it came from.",
    after_help = "Examples:
  acta demo                                   ingest the bundled sample articles into ./acta.db, print a summary
  acta code article.txt --published 2025-09-03
                                              print the coded document as JSON
  acta code feeds/ --format jsonl > docs.jsonl
                                              code every article under feeds/, one JSON document per line
  curl -s https://example.org/story.html | acta code - --url https://example.org/story.html
                                              code a page from stdin
  acta ingest archive.jsonl.zst --db news.db  code and store a compressed JSON Lines archive
  acta eval tokens --gold en_ewt-ud-test.conllu
                                              measure tokenization and sentence splitting
  echo \"Zelensky rejected this possibility.\" | acta parse
                                              tag, lemmatize and parse text (CoNLL-U)
  acta eval syntax --gold en_ewt-ud-test.conllu
                                              measure the tagger, lemmatizer and parser
  acta actors lookup \"Donald Trump\" --date 2022-06-01
                                              what a name codes to on a date, and why
  acta eval dates --meantime ../shared/data/meantime/intra-doc_annotation
                                              measure temporal expressions
  acta places lookup Kiev                     what the gazetteer knows about a name, and why
  acta eval places --gold eval/places.gold.jsonl
                                              measure toponym resolution
  acta code --dictionaries my-dicts/ story.txt
                                              code events with your own verb/actor dictionaries
  acta eval events petrarch                   measure event coding on PETRARCH's validation sets

Run `acta help <command>` for each command's options and more examples."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Use the syntax model (tagger, lemmatizer, parser) in DIR instead of the built-in one,
    /// in every command: to measure a model from `acta train syntax` through the whole
    /// pipeline without rebuilding (docs/models.md, "Using another model").
    #[arg(long, global = true, value_name = "DIR")]
    syntax_model: Option<PathBuf>,
    /// Use the entity model in FILE (or DIR/ner.bin.zst) instead of the built-in one, in every
    /// command (a model from `acta train entities`).
    #[arg(long, global = true, value_name = "FILE")]
    entity_model: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Code articles and print the documents (JSON).
    #[command(after_help = "Examples:
  acta code seed.txt --published 2025-09-03           one document, pretty JSON
  acta code a.html b.html --format jsonl               one compact document per line
  acta code - < story.txt --outlet Reuters            read stdin
  acta code archive.jsonl.gz --format jsonl | jq .article.title
  acta code seed.txt --published 2025-09-03 --format quotes   who said what, as a table

The document format (\"schema\": \"acta/1\") is described field by field in docs/schema.md.
Exit status: 0 when every input was read, 1 when any failed (each failure is one line on stderr).")]
    Code {
        #[command(flatten)]
        input: InputArgs,
        #[command(flatten)]
        meta: MetaArgs,
        /// Output format: `json` (one object, or an array for several articles), `jsonl`
        /// (one document per line, streamed) or `quotes` (a table of each article's
        /// quotations: speaker, cue, kind, content; docs/quotes.md).
        #[arg(long, default_value = "json", value_parser = ["json", "jsonl", "quotes"])]
        format: String,
    },
    /// Code articles and store them in a SQLite database.
    #[command(after_help = "Examples:
  acta ingest news/ --db news.db           every article under news/ (recursively)
  acta ingest day1.jsonl.zst day2.jsonl.zst
  acta ingest - --published 2025-09-03 < story.txt

Storing is idempotent: an article whose cleaned text is already stored is skipped and counted as a
duplicate. A summary ends the run: articles read, stored, skipped as duplicates, failed (with reasons).")]
    Ingest {
        #[command(flatten)]
        input: InputArgs,
        #[command(flatten)]
        meta: MetaArgs,
        /// The database file (created when missing).
        #[arg(long, default_value = "acta.db")]
        db: PathBuf,
    },
    /// Ingest the bundled sample articles into ./acta.db and print a summary.
    #[command(
        after_help = "The sample corpus is built into the binary: the seed article (a Reuters story on \
Russia-Ukraine diplomacy, 2025-09-03), the 322 PLOVER gold-standard records and 120 MEANTIME \
Wikinews articles. Running it twice stores nothing new."
    )]
    Demo {
        /// The database file (created when missing).
        #[arg(long, default_value = "acta.db")]
        db: PathBuf,
    },
    /// Tag, lemmatize and parse raw text: CoNLL-U (or JSON) out.
    #[command(after_help = "Examples:
  echo \"Zelensky rejected this possibility.\" | acta parse
                                              one sentence from stdin, CoNLL-U on stdout
  acta parse story.txt --format json          the sentences and their tokens as JSON
  acta parse --gold-tokens en_ewt-ud-test.conllu > predicted.conllu
                                              parse a treebank's own words (for evaluation)
  acta parse story.txt --model models/syntax  use a model trained with `acta train syntax`

Text is split into paragraphs at blank lines, then into sentences and tokens by Acta's splitter and
tokenizer (UD English conventions: `don't` is `do` + `n't`). Columns filled: ID, FORM, LEMMA, UPOS,
XPOS, HEAD, DEPREL, MISC (SpaceAfter=No); FEATS and DEPS are `_`.")]
    Parse {
        /// Text files, or `-` (the default) for stdin.
        #[arg(value_name = "INPUT")]
        inputs: Vec<String>,
        /// `conllu` or `json` (the sentences with their annotated tokens).
        #[arg(long, default_value = "conllu", value_parser = ["conllu", "json"])]
        format: String,
        /// Parse the words of this CoNLL-U file instead of tokenizing text; the output keeps
        /// its comments and word ids.
        #[arg(long, value_name = "FILE.conllu", conflicts_with = "inputs")]
        gold_tokens: Option<PathBuf>,
        /// A model directory written by `acta train syntax` (default: the built-in model).
        #[arg(long, value_name = "DIR")]
        model: Option<PathBuf>,
    },
    /// Train models.
    #[command(subcommand)]
    Train(TrainCommand),
    /// Measure Acta against gold standards.
    #[command(subcommand)]
    Eval(EvalCommand),
    /// Compile and check dictionaries (PETRARCH format): verbs, actors, agents, discards.
    #[command(subcommand)]
    Dictionaries(DictCommand),
    /// Actors: what a name codes to on a date, and why.
    #[command(subcommand)]
    Actors(ActorsCommand),
    /// Look into the gazetteer.
    #[command(subcommand)]
    Places(PlacesCommand),
    /// Measure throughput on the bundled sample corpus (one thread).
    #[command(after_help = "Example:
  cargo run --release -- bench --mb 50

Numbers from the development machine are in docs/benchmarks.md.")]
    Bench {
        /// How much text to process, in MB (the sample corpus is repeated to reach it).
        #[arg(long, default_value_t = 20.0)]
        mb: f64,
        /// How much text the syntax and actors stages are timed on, in MB (0: skip them).
        #[arg(long, default_value_t = 2.0)]
        meaning_mb: f64,
    },
}

#[derive(Subcommand)]
enum DictCommand {
    /// Compile PETRARCH/Phoenix actor and agent files into Acta's compact form (the
    /// embedded default under data/actors is built this way).
    #[command(after_help = "Example:
  acta dictionaries compile --petrarch ../shared/data/petrarch2/dictionaries --out data/actors

Reads every *actors*.txt file and the first *agents*.txt in the directory; prints each oddity in
the input (odd dates, codes that are not codes) with its file and line. Then applies Acta's
reviewed corrections to Phoenix entries (data/actors/phoenix.corrections.tsv, embedded: each
row names an entry's file and line, name and codes, and applies only to that entry) and prints
every row that did not apply.")]
    Compile {
        /// Directory with PETRARCH dictionary files.
        #[arg(long, value_name = "DIR")]
        petrarch: PathBuf,
        /// Where to write phoenix.actors.tsv.zst and phoenix.agents.tsv.zst.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// Compile CAMEO verb dictionaries (PETRARCH-2 format) into Acta's compact form, in
    /// order: a verb a later file lists replaces its earlier entries (the embedded default is
    /// built this way).
    #[command(after_help = "Example:
  acta dictionaries verbs ../shared/data/petrarch2/dictionaries/CAMEO.2.0.txt \\
      data/events/acta.verbs.txt --out data/events/verbs.tsv.zst

Prints each oddity in the input (undefined synsets, codes that are not codes, unbalanced
brackets) with its file and line, then what was compiled. The format is in docs/events.md.")]
    Verbs {
        /// Verb dictionaries, in order.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// The compiled file to write (`.tsv`, or `.tsv.zst` compressed).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Read a dictionary directory as --dictionaries would, and report what is odd in it.
    #[command(after_help = "Example:
  acta dictionaries check my-dictionaries/")]
    Check {
        /// Directory with *verbs*.txt, *actors*.txt, *agents*.txt, *discards*.txt,
        /// *issue*.txt, rules.tsv (any of them; the rest stay built-in).
        dir: PathBuf,
    },
}

#[derive(Subcommand)]
enum ActorsCommand {
    /// Show the CAMEO actor code of a name, title or phrase on a date, and why (dictionary
    /// entry, overlay row, title, metonym).
    #[command(after_help = "Examples:
  acta actors lookup \"Sergey Lavrov\" --date 2025-09-03
  acta actors lookup \"Donald Trump\" --date 2022-06-01         USAELI: out of office then
  acta actors lookup \"Ukrainian President Volodymyr Zelensky\"
  acta actors lookup \"Hungarian opposition leader Peter Magyar\"  HUNOPP, from the title
  acta actors lookup \"the Kremlin\"

The phrase is read as a sentence of its own by the whole pipeline (tagger, parser, actors), so
titles and nationality adjectives count as they would in an article. Every dictionary entry with
exactly that phrase is listed with its dated codes; `*` marks a dated code in force on the date.")]
    Lookup {
        /// The name or phrase.
        name: String,
        /// The date (YYYY-MM-DD) to code on; default: today.
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
    },
}

#[derive(Subcommand)]
enum TrainCommand {
    /// Train the tagger, lemmatizer and dependency parser on UD treebanks.
    #[command(after_help = "Examples:
  acta train syntax --train ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu \\
      --train ../shared/data/gum/gum-train-open.conllu \\
      --dev ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu \\
      --out data/models/syntax
          the shipped model (see docs/models.md)
  acta train syntax --train small.conllu --dev dev.conllu --out /tmp/m \\
      --tagger-epochs 3 --parser-epochs 3 --jackknife 0
          a quick model for experiments: parser trained on gold tags

Training is deterministic: the same files, options and seed give the same model bytes. Each
epoch prints its dev scores; the epoch with the best dev score is kept (UPOS for the tagger, LAS
for the parser). The model is three files in DIR: tagger.bin.zst, lemmatizer.bin.zst,
parser.bin.zst. Use it with `acta parse --model DIR` or `acta eval syntax --model DIR`.")]
    Syntax {
        /// Training treebank (CoNLL-U); repeat to train on several.
        #[arg(long = "train", value_name = "FILE.conllu", required = true)]
        train: Vec<PathBuf>,
        /// Development treebank, for per-epoch scores and choosing the epoch to keep.
        #[arg(long, value_name = "FILE.conllu")]
        dev: PathBuf,
        /// Directory to write the model into (created when missing).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Seed for shuffling and exploration.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Tagger training epochs.
        #[arg(long, default_value_t = 8)]
        tagger_epochs: usize,
        /// Parser training epochs.
        #[arg(long, default_value_t = 12)]
        parser_epochs: usize,
        /// Folds for jackknifed tags in parser training (0: train the parser on gold tags).
        #[arg(long, default_value_t = 4)]
        jackknife: usize,
        /// Drop weights smaller than this many 16-bit quantization steps from the final model
        /// (1 keeps all).
        #[arg(long, default_value_t = 512)]
        prune: i32,
        /// Optional parser feature groups, added up: 1 tags beside the stack top and the next
        /// word, 2 punctuation and verbs between them, 4 more of the second stack word, 8
        /// pairs of the next words, 16 UPOS-only tag n-grams (docs/models.md).
        #[arg(long, value_name = "BITS", default_value_t = acta_syntax::train::TrainOptions::default().feature_set)]
        parser_features: u32,
        /// Parser beam width: 1 is the greedy parser with the dynamic oracle; more trains
        /// globally with a beam and parses with it (better, and that many times slower).
        #[arg(long, default_value_t = 1)]
        beam: usize,
        /// Copy one in N training sentences whose nominal subject stands right before its
        /// finite verb, with a day inserted between them ("Russia on Tuesday launched"), a
        /// word order news wires use and the treebanks rarely have (0: none; docs/models.md).
        #[arg(long, value_name = "N", default_value_t = acta_syntax::train::TrainOptions::default().wire_dates)]
        wire_dates: usize,
        /// Word classes for the tagger, written by `acta train clusters` (kept in the
        /// tagger's file; docs/models.md).
        #[arg(long, value_name = "FILE")]
        clusters: Option<PathBuf>,
    },
    /// Average syntax models trained with different seeds into one (a score ensemble at the
    /// run-time cost of one model).
    #[command(after_help = "Example:
  for s in 1 2 3; do acta train syntax --train ... --dev ... --prune 1 --seed $s --out m$s; done
  acta train syntax-average m1 m2 m3 --out data/models/syntax \\
      --dev ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu

The models must come from the same training files and options (only --seed apart): the
tagger's first passes, its second passes and the parsers are averaged weight by weight (a
feature one model lacks weighs zero in it), so the averaged model scores every decision with
the sum of the models' scores; the lemmatizer, which has no seed, is shared. Train them with
--prune 1 and prune the mean here: a weight pruned from each model may add up to one worth
keeping. One DIR with --prune gives that model pruned (docs/models.md).")]
    SyntaxAverage {
        /// Model directories written by `acta train syntax`.
        #[arg(value_name = "DIR", required = true)]
        models: Vec<PathBuf>,
        /// Directory to write the averaged model into (created when missing).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Drop averaged weights smaller than this many 16-bit quantization steps (1 keeps
        /// all).
        #[arg(long, default_value_t = 512)]
        prune: i32,
        /// Treebank (CoNLL-U) to print each model's and the average's scores on.
        #[arg(long, value_name = "FILE.conllu")]
        dev: Option<PathBuf>,
    },
    /// Learn word classes (bit strings, as Brown clusters) from unlabelled text, for the
    /// tagger's `--clusters`.
    #[command(after_help = "Example (the shipped classes, see docs/models.md):
  acta train clusters --conllu ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu \\
      --conllu ../shared/data/gum/gum-train-open.conllu \\
      --meantime ../shared/data/meantime --out data/models/syntax/clusters.tsv.zst

The exchange algorithm fills --classes classes, which are then merged bottom-up into a binary
tree; each word's bit string is its class's path in the tree. Only word forms are read from
CoNLL-U files (no tags). Deterministic: the same text and options give the same file.")]
    Clusters {
        /// CoNLL-U files whose word forms are text; repeat for several.
        #[arg(long = "conllu", value_name = "FILE.conllu")]
        conllu: Vec<PathBuf>,
        /// Tokenized text, one sentence a line, tokens separated by spaces; repeat.
        #[arg(long = "text", value_name = "FILE")]
        text: Vec<PathBuf>,
        /// A directory of MEANTIME XML files (searched recursively), whose tokens are text.
        #[arg(long, value_name = "DIR")]
        meantime: Option<PathBuf>,
        /// Number of classes (leaves of the tree).
        #[arg(long, default_value_t = acta_syntax::clusters::Options::default().classes)]
        classes: usize,
        /// Words seen fewer times get no class.
        #[arg(long, default_value_t = acta_syntax::clusters::Options::default().min_count)]
        min_count: usize,
        /// The file to write (`bits TAB word TAB count` lines, zstd-compressed).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Train the named-entity tagger (PER, ORG, LOC) on IOB2 files and GUM's entity layer.
    #[command(after_help = "Example (the shipped model, see docs/models.md):
  acta train entities --train ../shared/data/uner-english-ewt/en_ewt-ud-dev.iob2 \\
      --gum ../shared/data/gum/gum-train-open.conllu \\
      --places ../shared/data/geonames/cities15000.json \\
      --admin1 ../shared/data/geonames/rg_cities1000.csv \\
      --silver ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu \\
      --meantime ../shared/data/meantime/intra-doc_annotation/corpus_airbus \\
      --meantime ../shared/data/meantime/intra-doc_annotation/corpus_gm --meantime-copies 2 \\
      --out data/models/entities

Words are tagged with the built-in syntax model first (UPOS is a feature). Training is
deterministic: the same files and options give the same model bytes. The model is one file,
DIR/ner.bin.zst, holding the weights and the gazetteer it was trained with.")]
    Entities {
        /// Training data in IOB2 (id, word, label columns); repeat for several files.
        #[arg(long = "train", value_name = "FILE.iob2")]
        train: Vec<PathBuf>,
        /// CoNLL-U with GUM's entity annotation (`Entity=` in MISC); repeat for several.
        #[arg(long = "gum", value_name = "FILE.conllu")]
        gum: Vec<PathBuf>,
        /// IOB2 development data: each epoch is scored on it and the best epoch kept.
        #[arg(long, value_name = "FILE.iob2")]
        dev: Option<PathBuf>,
        /// GeoNames cities (cities15000.json) for the gazetteer.
        #[arg(long, value_name = "FILE.json")]
        places: Option<PathBuf>,
        /// GeoNames first-level divisions (rg_cities1000.csv, column admin1) for the gazetteer.
        #[arg(long, value_name = "FILE.csv")]
        admin1: Option<PathBuf>,
        /// Sentences without entity labels but with gold UPOS (CoNLL-U, e.g. UD English EWT
        /// train): a first model labels them, and its names that are whole runs of proper
        /// nouns are added to the training data (silver labels).
        #[arg(long = "silver", value_name = "FILE.conllu")]
        silver: Vec<PathBuf>,
        /// MEANTIME directories (XML read recursively; repeat for several): the person,
        /// organisation and place names of its annotated sentences are gold training data.
        #[arg(long = "meantime", value_name = "DIR")]
        meantime: Vec<PathBuf>,
        /// How many times the MEANTIME sentences are added to the training data (news names
        /// are few beside the web text of the other files; the shipped model counts them twice).
        #[arg(long, default_value_t = 1)]
        meantime_copies: usize,
        /// Directory to write ner.bin.zst into (created when missing).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Training epochs (with --dev, the best one is kept).
        #[arg(long, default_value_t = 12)]
        epochs: usize,
        /// Seed for shuffling; several, comma-separated ("1,2,3"), train one model per seed
        /// (each keeps its own best epoch with --dev) and write the average of their weights,
        /// for the silver labels' first model and the final one alike.
        #[arg(long, alias = "seeds", value_delimiter = ',', default_value = "1")]
        seed: Vec<u64>,
        /// Drop weights smaller than this many 16-bit quantization steps (1 keeps all).
        #[arg(long, default_value_t = 1)]
        prune: i32,
    },
}

#[derive(Subcommand)]

enum PlacesCommand {
    /// Every place a name can refer to, best first, with the score of each and why (the
    /// name alone, without an article's context).
    #[command(after_help = "Examples:
  acta places lookup Kiev             Kyiv (UKR) first: an alternate spelling of the capital
  acta places lookup Georgia          the country, then the US state
  acta places lookup \"Moscow\"         Moscow, Russia; Moscow, Idaho further down

In an article, context moves these: \"Moscow, Idaho\", other places of the same country or
admin-1 unit, \"the Donetsk province\" (docs/places.md).")]
    Lookup {
        /// The name, as it would be written.
        name: String,
        /// How many candidates to show.
        #[arg(long, default_value_t = 10)]
        limit: usize,
    },
}

#[derive(Subcommand)]
enum EvalCommand {
    /// Tokenization (token-span F1, each sentence's `# text` re-tokenized) and sentence
    /// splitting (boundary F1 over whole documents) against a CoNLL-U treebank.
    #[command(after_help = "Example:
  acta eval tokens --gold ../shared/data/ud-english-ewt/en_ewt-ud-test.conllu

Documents are rebuilt from the treebank: sentences of a paragraph (# newpar) joined by one space,
paragraphs by a blank line; a boundary counts when the sentence ends at the same byte.")]
    Tokens {
        /// The gold CoNLL-U file.
        #[arg(long)]
        gold: PathBuf,
        /// Print every wrong sentence boundary and every sentence tokenized differently.
        #[arg(long)]
        show_errors: bool,
    },
    /// Tagging, lemmatization and parsing: UPOS, XPOS, lemma, UAS and LAS on the treebank's
    /// own words, and end to end from its raw text.
    #[command(after_help = "Example:
  acta eval syntax --gold ../shared/data/ud-english-ewt/en_ewt-ud-test.conllu

Definitions are those of the CoNLL 2018 shared task: punctuation is included; LAS compares the
universal part of the relation (`nsubj:pass` counts as `nsubj`; the full-relation LAS is shown
too); a gold lemma `_` matches anything. End to end, the treebank's documents are rebuilt from
their sentences' text, split and tokenized by Acta, and a word is scored when its character span
equals a gold word's; the scores are F1 over gold and predicted words.")]
    Syntax {
        /// The gold CoNLL-U file.
        #[arg(long)]
        gold: PathBuf,
        /// A model directory written by `acta train syntax` (default: the built-in model).
        #[arg(long, value_name = "DIR")]
        model: Option<PathBuf>,
    },
    /// Named entities: exact-span F1 (PER, ORG, LOC) on an IOB2 file's own tokens, and on
    /// MEANTIME's named mentions through the whole pipeline.
    #[command(after_help = "Examples:
  acta eval entities --gold ../shared/data/uner-english-ewt/en_ewt-ud-test.iob2
  acta eval entities --meantime ../shared/data/meantime/intra-doc_annotation

IOB2: the file's tokens are tagged by the built-in syntax tagger (UPOS) and the entity tagger; a
span counts when its tokens and type equal a gold span's. MEANTIME: see docs/accuracy.md.")]
    Entities {
        /// Gold IOB2 file (Universal NER).
        #[arg(long, value_name = "FILE.iob2")]
        gold: Option<PathBuf>,
        /// MEANTIME directory (its XML files are read recursively); repeat to score several
        /// together (a held-out part: one corpus directory each).
        #[arg(long, value_name = "DIR")]
        meantime: Vec<PathBuf>,
        /// An entity model (DIR/ner.bin.zst or the file) instead of the built-in one.
        #[arg(long, value_name = "PATH")]
        model: Option<PathBuf>,
        /// Print every sentence with a wrong label (`word/PREDICTED≠GOLD`).
        #[arg(long)]
        show_errors: bool,
    },

    /// Temporal expressions (span F1, strict and relaxed; value accuracy) against MEANTIME's
    /// TIMEX3 annotations, by type: DATE, TIME, DURATION, SET.
    #[command(after_help = "Example:
  acta eval dates --meantime ../shared/data/meantime/intra-doc_annotation

Each article is rebuilt from its tokens (title, blank line, body) and coded with its document
creation time as the publication date. MEANTIME annotates the title and the first four body
sentences: only they are compared. Strict: same bytes; relaxed: overlapping. Value accuracy: exact
TIMEX3 values over relaxed matches of the same type; value F1: TempEval-3's attribute F1.
Definitions in docs/accuracy.md.")]
    Dates {
        /// The MEANTIME directory (read recursively for .xml files).
        #[arg(long)]
        meantime: PathBuf,
        /// Also list every missed, extra, wrongly spanned and wrongly valued expression.
        #[arg(long)]
        show_errors: bool,
    },

    /// Quotations: statements found, content overlap and speaker attribution against
    /// MEANTIME's speech events (speaker = Arg0, content = SLINK targets and Arg1).
    #[command(after_help = "Example:
  acta eval quotes --meantime ../shared/data/meantime/intra-doc_annotation
  acta eval quotes --meantime ../shared/data/meantime/intra-doc_annotation --show-errors | less

Each article is rebuilt from its tokens and coded with its creation time as the publication date.
Only the annotated part (title, body sentences up to 5) is compared. Speech events of cognition,
desire and intention (\"expected\", \"plans\") are left out of the gold. Definitions in
docs/accuracy.md.")]
    Quotes {
        /// The MEANTIME directory (read recursively for .xml files).
        #[arg(long)]
        meantime: PathBuf,
        /// Also list every missed, extra, wrongly spanned and misattributed statement.
        #[arg(long)]
        show_errors: bool,
    },

    /// Toponyms: recognition, country accuracy and exact GeoNames match against a JSON Lines
    /// gold file (format in docs/places.md).
    #[command(after_help = "Example:
  acta eval places --gold eval/places.gold.jsonl --show-errors")]
    Places {
        /// The gold file (JSON Lines).
        #[arg(long)]
        gold: PathBuf,
        /// Print every missed, wrong or spurious place.
        #[arg(long)]
        show_errors: bool,
    },

    /// Events: the coder against PETRARCH's validation records and PLOVER's gold records.
    #[command(subcommand)]
    Events(EventsEval),
}

#[derive(Subcommand)]
enum EventsEval {
    /// (a) PETRARCH's unit-test records with their own small dictionaries, (b) the GigaWord
    /// news sample with Acta's production dictionaries: exact / partial / wrong / missed /
    /// spurious, precision and recall over (source, target, code) triples.
    #[command(after_help = "Examples:
  acta eval events petrarch
          both runs, from ../shared/data/petrarch2/validation
  acta eval events petrarch --run unit --show-errors
          the unit tests only, with every record that is not exactly right

Each record's sentence text is coded alone (its parse tree is ignored: the parse is Acta's), with
the record's date as the publication date. A reciprocal event counts in both directions; negated
events do not count. Definitions in docs/accuracy.md.")]
    Petrarch {
        /// The PETRARCH validation directory.
        #[arg(
            long,
            value_name = "DIR",
            default_value = "../shared/data/petrarch2/validation"
        )]
        validation: PathBuf,
        /// Which run.
        #[arg(long, value_enum, default_value = "all")]
        run: cmd::eval::events::Run,
        /// Print every record whose triples are not exactly the expected ones.
        #[arg(long)]
        show_errors: bool,
    },
    /// PLOVER's gold-standard records (CAMEO manual examples): event type accuracy, source
    /// and target country codes.
    #[command(after_help = "Example:
  acta eval events plover --records ../shared/data/cameo-plover/PLOVER_GSR_CAMEO.txt

For each record the event whose PLOVER type is the gold type is taken if there is one, else the
first event coded; a record with no event counts as wrong. Countries are the first three letters
of the actor codes.")]
    Plover {
        /// The gold records (a JSON array).
        #[arg(long, value_name = "FILE")]
        records: PathBuf,
        /// Print every record with a wrong type or country.
        #[arg(long)]
        show_errors: bool,
    },
}

fn main() -> ExitCode {
    quiet_on_closed_stdout();
    let cli = Cli::parse();
    acta::models::choose(acta::models::ModelFiles {
        syntax: cli.syntax_model.clone(),
        entities: cli.entity_model.clone(),
    });
    let result = match cli.command {
        Command::Code {
            input,
            meta,
            format,
        } => cmd::code::run(&input, &meta, &format),
        Command::Ingest { input, meta, db } => cmd::ingest::run(&input, &meta, &db),
        Command::Demo { db } => cmd::demo::run(&db),
        Command::Eval(EvalCommand::Tokens { gold, show_errors }) => {
            cmd::eval::tokens(&gold, show_errors)
        }
        Command::Eval(EvalCommand::Places { gold, show_errors }) => {
            cmd::eval::places::run(&gold, show_errors)
        }
        Command::Eval(EvalCommand::Events(EventsEval::Petrarch {
            validation,
            run,
            show_errors,
        })) => cmd::eval::events::petrarch(&validation, run, show_errors).map(|_| true),
        Command::Eval(EvalCommand::Events(EventsEval::Plover {
            records,
            show_errors,
        })) => cmd::eval::events::plover(&records, show_errors).map(|()| true),
        Command::Places(PlacesCommand::Lookup { name, limit }) => cmd::places::lookup(&name, limit),
        Command::Bench { mb, meaning_mb } => cmd::bench::run(mb, meaning_mb),
        Command::Dictionaries(DictCommand::Compile { petrarch, out }) => {
            cmd::dictionaries::compile(&petrarch, &out)
        }
        Command::Dictionaries(DictCommand::Check { dir }) => cmd::dictionaries::check(&dir),
        Command::Actors(ActorsCommand::Lookup { name, date }) => {
            cmd::actors::lookup(&name, date.as_deref())
        }
        Command::Eval(EvalCommand::Entities {
            gold,
            meantime,
            model,
            show_errors,
        }) => cmd::entities::eval(gold.as_deref(), &meantime, model.as_deref(), show_errors),
        Command::Dictionaries(DictCommand::Verbs { files, out }) => {
            cmd::dictionaries::verbs(&files, &out)
        }
        Command::Eval(EvalCommand::Syntax { gold, model }) => {
            cmd::syntax::eval(&gold, model.as_deref())
        }
        Command::Parse {
            inputs,
            format,
            gold_tokens,
            model,
        } => cmd::syntax::parse(&inputs, &format, gold_tokens.as_deref(), model.as_deref()),
        Command::Train(TrainCommand::Entities {
            train,
            gum,
            dev,
            places,
            admin1,
            silver,
            meantime,
            meantime_copies,
            out,
            epochs,
            seed,
            prune,
        }) => cmd::entities::train_cmd(&cmd::entities::TrainArgs {
            train: &train,
            gum: &gum,
            dev: dev.as_deref(),
            places: places.as_deref(),
            admin1: admin1.as_deref(),
            silver: &silver,
            meantime: &meantime,
            meantime_copies,
            out: &out,
            opts: acta_extract::ner::train::TrainOptions {
                epochs,
                seed: seed.first().copied().unwrap_or(1),
                prune,
            },
            seeds: &seed,
        }),
        Command::Train(TrainCommand::Syntax {
            train,
            dev,
            out,
            seed,
            tagger_epochs,
            parser_epochs,
            jackknife,
            prune,
            parser_features,
            beam,
            wire_dates,
            clusters,
        }) => cmd::syntax::train(
            &train,
            &dev,
            &out,
            &acta_syntax::train::TrainOptions {
                tagger_epochs,
                parser_epochs,
                seed,
                jackknife,
                prune,
                feature_set: parser_features,
                beam,
                wire_dates,
                ..Default::default()
            },
            clusters.as_deref(),
        ),
        Command::Train(TrainCommand::SyntaxAverage {
            models,
            out,
            prune,
            dev,
        }) => cmd::syntax::average(&models, &out, prune, dev.as_deref()),
        Command::Train(TrainCommand::Clusters {
            conllu,
            text,
            meantime,
            classes,
            min_count,
            out,
        }) => cmd::syntax::train_clusters(
            &conllu,
            &text,
            meantime.as_deref(),
            classes,
            min_count,
            &out,
        ),

        Command::Eval(EvalCommand::Quotes {
            meantime,
            show_errors,
        }) => cmd::eval::quotes::run(&meantime, show_errors),
        Command::Eval(EvalCommand::Dates {
            meantime,
            show_errors,
        }) => cmd::eval::dates::run(&meantime, show_errors),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        // the reader went away (`acta code ... | head`): what it wanted was written; stop
        // quietly, as other Unix tools do
        Err(e) if broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("acta: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// `println!` panics when the reader of stdout has gone (`acta eval ... | head`); like the
/// commands that write through a writer (see `broken_pipe`), stop quietly with status 0.
fn quiet_on_closed_stdout() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let payload = info.payload();
        let msg = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or("");
        if msg.starts_with("failed printing to stdout") && msg.contains("Broken pipe") {
            std::process::exit(0);
        }
        default(info)
    }));
}

fn broken_pipe(e: &anyhow::Error) -> bool {
    let pipe = Some(std::io::ErrorKind::BrokenPipe);
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().map(|io| io.kind()) == pipe
            || c.downcast_ref::<serde_json::Error>()
                .and_then(|j| j.io_error_kind())
                == pipe
    })
}
