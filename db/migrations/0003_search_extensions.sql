-- Edit distance for typo-tolerant name search. fuzzystrmatch is a trusted extension: a database owner may create it.
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
