-- The audit log refuses UPDATE, DELETE and TRUNCATE, whoever asks.
create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op;
end;
$$;

create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function refuse_audit_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function refuse_audit_change();
