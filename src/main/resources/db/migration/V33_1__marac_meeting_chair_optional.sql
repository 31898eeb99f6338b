-- A meeting is scheduled before anyone knows who will chair it: the chair is recorded with the attendance.
alter table marac_meeting alter column chair drop not null;
