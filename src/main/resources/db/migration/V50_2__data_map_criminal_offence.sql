-- The data map (issue 18): criminal offence data (UK GDPR art. 10) is its own category, apart from special-category
-- data (art. 9), so the DPIA can show which columns need an art. 10 condition (DPA 2018 Schedule 1). A column comment
-- may now start [criminal-offence, <protection>]. A column that is both (an account of a hate crime, a MARAC
-- discussion) stays [special, ...]. Police.uk street-level crimes and MPS counts are about no one: not personal.

comment on column case_party.role is '[criminal-offence, plain] VICTIM, WITNESS, ALLEGED_PERPETRATOR or OTHER: an alleged perpetrator''s link to the case is offence data';
comment on column person_involvement.role is '[criminal-offence, plain] VICTIM, WITNESS, ALLEGED_PERPETRATOR or OTHER: an alleged perpetrator''s involvement is offence data';
comment on column hate_report.police_reference is '[criminal-offence, plain] The police''s crime or incident reference for it (a police crime record)';
comment on column enforcement_action.kind is '[criminal-offence, plain] The tool or power used (e.g. CPW, CPN, CLOSURE_ORDER, CIVIL_INJUNCTION): with the recipient, enforcement against a person';
comment on column enforcement_action.conditions is '[criminal-offence, encrypted] The conditions or terms imposed on the person, Tink AEAD ciphertext';
comment on column enforcement_action.recipient_person_id is '[criminal-offence, reference] The person it was served on (people module''s person.id), or null for premises';
comment on column enforcement_penalty.offence_code is '[criminal-offence, plain] The offence the recipient is alleged to have committed (enforcement_offence_code.code)';
comment on column enforcement_penalty.recipient_person_id is '[criminal-offence, reference] The person it was issued to (people module''s person.id)';
comment on column enforcement_penalty.status is '[criminal-offence, plain] UNPAID, PAID_EARLY, PAID, CANCELLED or PROSECUTION_REVIEW: the recipient''s payment and prosecution record';
