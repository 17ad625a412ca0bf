//! Procedural macros of botperms.
