-- The audit log refuses UPDATE and DELETE, whoever asks (H2 calls a Java trigger).
create trigger audit_entry_no_update before update on audit_entry
    for each row call 'org.safercommunities.audit.internal.RefuseAuditChangeTrigger';
create trigger audit_entry_no_delete before delete on audit_entry
    for each row call 'org.safercommunities.audit.internal.RefuseAuditChangeTrigger';
