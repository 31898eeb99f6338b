-- The optional point a reporter chose on the map: "latitude,longitude", [ENCRYPTED] (it may be a home).
alter table hate_report add column map_point text;
