-- an assessment saved from another one's what-if page points to the original
alter table assessment add column scenario_of bigint;
alter table assessment add constraint fk_assessment_scenario_of foreign key (scenario_of) references assessment (id) on delete set null;
