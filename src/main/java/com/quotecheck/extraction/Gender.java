package com.quotecheck.extraction;

/** A person's gender as the text gives it (Mr./Ms., "he"/"she" used for them, "mother", "spokesman", a first name). */
enum Gender { MALE, FEMALE }
