//! Entities and actors: who is mentioned in an article, what each is (CAMEO actor code on the
//! publication date, and why), and which mentions refer to the same one.

pub mod countries;
pub mod kinds;

pub use countries::{Countries, Country, Gender, GivenNames};
pub use kinds::{actor_type, EntityType};
