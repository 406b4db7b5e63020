"""Where plancheck keeps what it learned: the result cache beside the documents, the
user cache (compiled packs, the gazetteer index, OCR), the baseline, and the key that seals them."""
