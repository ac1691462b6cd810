package dev.atende.reporting;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds a help desk of {@code n} tickets over the last two years by SQL (generate_series, on
 * PostgreSQL), created in the order of their ids as a help desk creates them: 50,000 customers in 1,000 organizations, 30 agents in L1-L3, seven channels, 20
 * categories; each ticket with its opening request, one or two replies from the team, a solution
 * (recent ones partly still open), one in twenty reopened; half under an SLA policy on a weekday
 * calendar, a tenth of those with a missed first response.
 */
final class BenchSeed {

    private BenchSeed() {
    }

    static int seed(JdbcTemplate jdbc, int n) {
        jdbc.execute("insert into organizations (name, shared, created_at) select 'Bench org ' || g, false, now() "
                + "from generate_series(1, 1000) g");
        jdbc.execute("insert into users (email, name, role, organization_id, active, created_at, updated_at) "
                + "select 'bench-c-' || g || '@bench.test', 'Cliente ' || g, 'customer', "
                + "(select min(id) from organizations where name like 'Bench org %') + g % 1000, true, now(), now() "
                + "from generate_series(1, 50000) g");
        jdbc.execute("insert into users (email, name, role, active, created_at, updated_at) "
                + "select 'bench-a-' || g || '@bench.test', 'Agente ' || g, 'agent', true, now(), now() "
                + "from generate_series(1, 30) g");
        jdbc.execute("insert into user_groups (user_id, group_id) select u.id, g.id from users u join support_groups g "
                + "on g.name = 'L' || (1 + (u.id % 3)) where u.email like 'bench-a-%'");
        jdbc.execute("insert into ticket_categories (name, created_at) select 'Bench category ' || g, now() "
                + "from generate_series(1, 20) g");
        jdbc.execute("insert into sla_calendars (name, time_zone, hours, holidays, created_at) values ('Bench', "
                + "'America/Sao_Paulo', 'MONDAY=08:00-18:00;TUESDAY=08:00-18:00;WEDNESDAY=08:00-18:00;"
                + "THURSDAY=08:00-18:00;FRIDAY=08:00-18:00', '', now())");
        jdbc.execute("insert into sla_policies (name, position, calendar_id, conditions, first_response_minutes, "
                + "next_response_minutes, resolution_minutes, active, created_at) select 'Bench', 999, id, '', 240, "
                + "120, 2400, false, now() from sla_calendars where name = 'Bench'");

        long customer = jdbc.queryForObject("select min(id) from users where email like 'bench-c-%'", Long.class);
        long org = jdbc.queryForObject("select min(id) from organizations where name like 'Bench org %'", Long.class);
        long category = jdbc.queryForObject("select min(id) from ticket_categories where name like 'Bench category %'",
                Long.class);
        jdbc.execute("create temporary table bench_agents as select u.id, ug.group_id, "
                + "row_number() over (partition by ug.group_id order by u.id) - 1 as k "
                + "from users u join user_groups ug on ug.user_id = u.id where u.email like 'bench-a-%'");
        jdbc.execute("create temporary table bench_t as select g, created, least(frt, res - 60) as frt, res, channel, grp "
                + "from (select g, now() - interval '730 days' + (g / " + n + ".0) * interval '730 days' "
                + "- random() * interval '10 minutes' as created, "
                + "(random() * random() * 172800)::int as frt, 120 + (random() * 604800)::int as res, "
                + "(array['web','email','phone','chat','api','messaging','monitoring'])[1 + (g % 7)] as channel, "
                + "(select id from support_groups where name = 'L' || (1 + g % 3)) as grp "
                + "from generate_series(1, " + n + ") g) s");
        jdbc.execute("insert into tickets (number, subject, status, priority, channel, customer_id, organization_id, "
                + "group_id, assignee_id, category_id, created_at, updated_at, first_response_at, solved_at, closed_at, "
                + "version) select 50000000 + g, 'Bench ticket ' || g, "
                + "case when created + res * interval '1 second' > now() then 'open' when g % 2 = 0 then 'closed' "
                + "else 'solved' end, g % 4, channel, " + customer + " + g % 50000, " + org + " + g % 1000, grp, "
                + "case when g % 20 = 0 then null else (select a.id from bench_agents a where a.group_id = grp "
                + "and a.k = g % 10) end, " + category + " + g % 20, created, created, "
                + "case when created + frt * interval '1 second' > now() then null "
                + "else created + frt * interval '1 second' end, "
                + "case when created + res * interval '1 second' > now() then null "
                + "else created + res * interval '1 second' end, "
                + "case when g % 2 = 0 and created + res * interval '1 second' <= now() "
                + "then created + res * interval '1 second' end, 0 from bench_t");
        jdbc.execute("drop table bench_t");
        String bench = " from tickets t where t.number >= 50000000";
        jdbc.execute("insert into articles (ticket_id, author_id, sender, internal, content_type, body, channel, created_at) "
                + "select t.id, t.customer_id, 'customer', false, 'text/plain', 'Bench', t.channel, t.created_at" + bench);
        jdbc.execute("insert into articles (ticket_id, author_id, sender, internal, content_type, body, channel, created_at) "
                + "select t.id, t.assignee_id, 'agent', false, 'text/plain', 'Bench reply', 'web', t.first_response_at"
                + bench + " and t.first_response_at is not null");
        jdbc.execute("insert into articles (ticket_id, author_id, sender, internal, content_type, body, channel, created_at) "
                + "select t.id, t.assignee_id, 'agent', false, 'text/plain', 'Bench second reply', 'web', "
                + "t.first_response_at + interval '30 seconds'" + bench + " and t.solved_at is not null and t.id % 3 = 0");
        jdbc.execute("insert into ticket_history (ticket_id, field, old_value, new_value, created_at) "
                + "select t.id, 'status', 'open', 'solved', t.solved_at" + bench + " and t.solved_at is not null");
        jdbc.execute("insert into ticket_history (ticket_id, field, old_value, new_value, created_at) "
                + "select t.id, 'status', 'solved', 'open', t.solved_at - interval '10 seconds'" + bench
                + " and t.solved_at is not null and t.id % 20 = 7");
        jdbc.execute("insert into ticket_slas (ticket_id, policy_id, started_at) select t.id, "
                + "(select id from sla_policies where name = 'Bench'), t.created_at" + bench + " and t.id % 2 = 0");
        jdbc.execute("insert into sla_breaches (ticket_id, policy_id, target, due_at, recorded_at) select t.id, "
                + "(select id from sla_policies where name = 'Bench'), 'first_response', "
                + "t.created_at + interval '4 hours', t.created_at + interval '4 hours'" + bench
                + " and t.id % 20 = 0 and t.created_at < now() - interval '4 hours'");
        jdbc.execute("analyze");
        return n;
    }
}
