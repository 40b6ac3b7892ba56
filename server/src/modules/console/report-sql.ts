/** A timestamp as wall-clock time in the zone given as `$2` ("2020-12-05 09:30"). */
export const wib = (column: string) => `to_char(${column} AT TIME ZONE $2, 'YYYY-MM-DD HH24:MI')`;

/** Meetings with their parties and attendance; append `WHERE …` (event or exhibitor as `$1`). */
export const MEETING_ROWS_SQL = `
  SELECT m.id AS meeting_id, ${wib('m.starts_at')} AS starts_wib, ${wib('m.ends_at')} AS ends_wib,
         m.mode, t.label AS "table", m.status,
         CASE m.status WHEN 'held' THEN 'yes' WHEN 'no_show' THEN 'no' ELSE '' END AS attended,
         x.name AS exhibitor_name,
         (SELECT string_agg(u.display_name, '; ' ORDER BY u.display_name) FROM meeting_participant mp
            JOIN app_user u ON u.id = mp.user_id WHERE mp.meeting_id = m.id AND mp.side = 'buyer') AS buyers,
         (SELECT string_agg(DISTINCT bp.company, '; ') FROM meeting_participant mp
            JOIN buyer_profile bp ON bp.user_id = mp.user_id WHERE mp.meeting_id = m.id AND mp.side = 'buyer') AS buyer_companies,
         (SELECT string_agg(DISTINCT bp.country, '; ') FROM meeting_participant mp
            JOIN buyer_profile bp ON bp.user_id = mp.user_id WHERE mp.meeting_id = m.id AND mp.side = 'buyer') AS buyer_countries
    FROM meeting m JOIN exhibitor x ON x.id = m.exhibitor_id LEFT JOIN meeting_table t ON t.id = m.table_id`;

/** Deals with both parties; append `WHERE …`. Values are whole rupiah. */
export const DEAL_ROWS_SQL = `
  SELECT d.id AS deal_id, ${wib('d.created_at')} AS recorded_wib,
         CASE WHEN d.confirmed_at IS NULL THEN NULL ELSE ${wib('d.confirmed_at')} END AS confirmed_wib,
         x.name AS exhibitor_name, x.category, x.region, u.display_name AS buyer_name,
         bp.company AS buyer_company, bp.country AS buyer_country, d.status,
         d.value::float8 AS value_rupiah, d.meeting_id
    FROM deal d JOIN exhibitor x ON x.id = d.exhibitor_id JOIN app_user u ON u.id = d.buyer_id
    LEFT JOIN buyer_profile bp ON bp.user_id = d.buyer_id`;
