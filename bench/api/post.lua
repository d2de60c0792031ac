-- wrk script: POST the benchmark query (bench/api/query.graphql, given as the QUERY_JSON environment variable) as JSON.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json, application/json"
wrk.body = os.getenv("QUERY_JSON")
