"""Stage 2, text: offset-preserving normalisation, sentences, literal finding, timed regexes."""
