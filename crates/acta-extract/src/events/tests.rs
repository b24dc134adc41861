//! Tests of the event coder on real sentences.
