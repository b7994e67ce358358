/* Generated from openapi/openapi.json by `npm run client` (openapi-typescript). Do not edit. */

export interface paths {
    "/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dataset index
         * @description Name, version, last update, the medical disclaimer, the sources and links to every collection.
         */
        get: operations["getDatasetIndex"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description Answers 200 while the process runs. Not rate limited.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: the database answers
         * @description Answers 200 when the database answers a query, 503 otherwise. Not rate limited.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search every collection
         * @description Full-text search with bm25 ranking (title weighted 5x); every word must match, the last as a prefix. Any text is safe: words are matched, operators are not interpreted.
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Change feed
         * @description Every create, update and delete, in commit order, recorded in the same transaction as the change. Start without `since`, apply the events (fetch `href` for created/updated, remove on deleted), then poll with `since=<meta.next_cursor>`.
         */
        get: operations["listChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cost-comparison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Compare group and individual costs
         * @description Per currency (never converted), the group and individual price ranges by unit, per medicine session where the source gives the session count, and the saving of group over individual as a range. Every figure lists the price ids and citations it comes from; prices that cannot be compared are listed with the reason. Information, not medical or financial advice.
         */
        get: operations["getCostComparison"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/format-fit/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Flags for group and individual format
         * @description For situation ids from /v1/format-fit and /v1/contraindications, the rows and contraindications the sources give for group and for individual format, with their citations. It reports flags from the sources; it never answers "eligible" or "not eligible". Information, not medical advice.
         */
        get: operations["checkFormatFit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sources
         * @description The two curated articles and every reference they cite, with URLs where given.
         *
         *     Filters, sort, keyset pagination (`limit`, `cursor`), `include`, `fields` and full-text `q` are typed query parameters. Unknown parameters are rejected.
         */
        get: operations["listSources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export every sources record as CSV
         * @description RFC 4180 CSV, UTF-8, CRLF line ends, a header row of field names. Nested values (arrays, objects, citations) are JSON-encoded in their cell; null is an empty cell; booleans are true/false. Takes the same filters as the list; returns every matching record, streamed.
         */
        get: operations["exportSourcesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources.ndjson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export every sources record as NDJSON
         * @description One JSON record per line (the same objects as the list). Takes the same filters as the list; returns every matching record, streamed.
         */
        get: operations["exportSourcesNdjson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one source by id
         * @description One record of sources by its stable id, with its citations. `include` and `fields` work as on the list.
         */
        get: operations["getSource"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organizations
         * @description Clinics, networks, non-profits, universities, First Nations and funds that run or support programs.
         *
         *     Filters, sort, keyset pagination (`limit`, `cursor`), `include`, `fields` and full-text `q` are typed query parameters. Unknown parameters are rejected.
         */
        get: operations["listOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export every organizations record as CSV
         * @description RFC 4180 CSV, UTF-8, CRLF line ends, a header row of field names. Nested values (arrays, objects, citations) are JSON-encoded in their cell; null is an empty cell; booleans are true/false. Takes the same filters as the list; returns every matching record, streamed.
         */
        get: operations["exportOrganizationsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations.ndjson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export every organizations record as NDJSON
         * @description One JSON record per line (the same objects as the list). Takes the same filters as the list; returns every matching record, streamed.
         */
        get: operations["exportOrganizationsNdjson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one organization by id
         * @description One record of organizations by its stable id, with its citations. `include` and `fields` work as on the list.
         */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{id}.jsonld": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One organization as schema.org JSON-LD
         * @description The record as schema.org JSON-LD (MedicalClinic or MedicalOrganization); also served by /v1/organizations/{id} with `Accept: application/ld+json`. Every @id is a URL of this API.
         */
        get: operations["getOrganizationJsonLd"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dosing-routes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List dosing routes
         * @description Routes of administration with the dose ranges and units the sources give.
         *
         *     Filters, sort, keyset pagination (`limit`, `cursor`), `include`, `fields` and full-text `q` are typed query parameters. Unknown parameters are rejected.
         */
        get: operations["listDosingRoutes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dosing-routes.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export every dosing routes record as CSV
         * @description RFC 4180 CSV, UTF-8, CRLF line ends, a header row of field names. Nested values (arrays, objects, citations) are JSON-encoded in their cell; null is an empty cell; booleans are true/false. Takes the same filters as the list; returns every matching record, streamed.
         */
        get: operations["exportDosingRoutesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dosing-routes.ndjson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export every dosing routes record as NDJSON
         * @description One JSON record per line (the same objects as the list). Takes the same filters as the list; returns every matching record, streamed.
         */
        get: operations["exportDosingRoutesNdjson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dosing-routes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one dosing route by id
         * @description One record of dosing-routes by its stable id, with its citations. `include` and `fields` work as on the list.
         */
        get: operations["getDosingRoute"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List programs
         * @description Group and individual ketamine-assisted therapy programs, tracks and pathways, and the generic models the sources describe.
         *
         *     Filters, sort, keyset pagination (`limit`, `cursor`), `include`, `fields` and full-text `q` are typed query parameters. Unknown parameters are rejected.
         */
        get: operations["listPrograms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programs.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export every programs record as CSV
         * @description RFC 4180 CSV, UTF-8, CRLF line ends, a header row of field names. Nested values (arrays, objects, citations) are JSON-encoded in their cell; null is an empty cell; booleans are true/false. Takes the same filters as the list; returns every matching record, streamed.
         */
        get: operations["exportProgramsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programs.ndjson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export every programs record as NDJSON
         * @description One JSON record per line (the same objects as the list). Takes the same filters as the list; returns every matching record, streamed.
         */
        get: operations["exportProgramsNdjson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one program by id
         * @description One record of programs by its stable id, with its citations. `include` and `fields` work as on the list.
         */
        get: operations["getProgram"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programs/{id}.jsonld": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One program as schema.org JSON-LD
         * @description The record as schema.org JSON-LD (MedicalTherapy and Service, its prices as Offer with UnitPriceSpecification, MedicalContraindication, DoseSchedule); also served by /v1/programs/{id} with `Accept: application/ld+json`. Every @id is a URL of this API.
         */
        get: operations["getProgramJsonLd"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List prices
         * @description Every price and price range the sources give, with currency, unit and tax note exactly as written.
         *
         *     Filters, sort, keyset pagination (`limit`, `cursor`), `include`, `fields` and full-text `q` are typed query parameters. Unknown parameters are rejected.
         */
        get: operations["listPrices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/prices.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export every prices record as CSV
         * @description RFC 4180 CSV, UTF-8, CRLF line ends, a header row of field names. Nested values (arrays, objects, citations) are JSON-encoded in their cell; null is an empty cell; booleans are true/false. Takes the same filters as the list; returns every matching record, streamed.
         */
        get: operations["exportPricesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/prices.ndjson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export every prices record as NDJSON
         * @description One JSON record per line (the same objects as the list). Takes the same filters as the list; returns every matching record, streamed.
         */
        get: operations["exportPricesNdjson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/prices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one price by id
         * @description One record of prices by its stable id, with its citations. `include` and `fields` work as on the list.
         */
        get: operations["getPrice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contraindications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contraindications
         * @description Contraindications and screening flags: absolute, requiring careful evaluation, and specific to the group format.
         *
         *     Filters, sort, keyset pagination (`limit`, `cursor`), `include`, `fields` and full-text `q` are typed query parameters. Unknown parameters are rejected.
         */
        get: operations["listContraindications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contraindications.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export every contraindications record as CSV
         * @description RFC 4180 CSV, UTF-8, CRLF line ends, a header row of field names. Nested values (arrays, objects, citations) are JSON-encoded in their cell; null is an empty cell; booleans are true/false. Takes the same filters as the list; returns every matching record, streamed.
         */
        get: operations["exportContraindicationsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contraindications.ndjson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export every contraindications record as NDJSON
         * @description One JSON record per line (the same objects as the list). Takes the same filters as the list; returns every matching record, streamed.
         */
        get: operations["exportContraindicationsNdjson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contraindications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one contraindication by id
         * @description One record of contraindications by its stable id, with its citations. `include` and `fields` work as on the list.
         */
        get: operations["getContraindication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/format-fit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List format fit
         * @description The table "When group fits versus when individual is safer", row by row; inferred cells are marked.
         *
         *     Filters, sort, keyset pagination (`limit`, `cursor`), `include`, `fields` and full-text `q` are typed query parameters. Unknown parameters are rejected.
         */
        get: operations["listFormatFit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/format-fit.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export every format fit record as CSV
         * @description RFC 4180 CSV, UTF-8, CRLF line ends, a header row of field names. Nested values (arrays, objects, citations) are JSON-encoded in their cell; null is an empty cell; booleans are true/false. Takes the same filters as the list; returns every matching record, streamed.
         */
        get: operations["exportFormatFitCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/format-fit.ndjson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export every format fit record as NDJSON
         * @description One JSON record per line (the same objects as the list). Takes the same filters as the list; returns every matching record, streamed.
         */
        get: operations["exportFormatFitNdjson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/format-fit/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one format fit by id
         * @description One record of format-fit by its stable id, with its citations. `include` and `fields` work as on the list.
         */
        get: operations["getFormatFit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/studies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List studies
         * @description Studies, case reports and program evaluations the sources report.
         *
         *     Filters, sort, keyset pagination (`limit`, `cursor`), `include`, `fields` and full-text `q` are typed query parameters. Unknown parameters are rejected.
         */
        get: operations["listStudies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/studies.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export every studies record as CSV
         * @description RFC 4180 CSV, UTF-8, CRLF line ends, a header row of field names. Nested values (arrays, objects, citations) are JSON-encoded in their cell; null is an empty cell; booleans are true/false. Takes the same filters as the list; returns every matching record, streamed.
         */
        get: operations["exportStudiesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/studies.ndjson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export every studies record as NDJSON
         * @description One JSON record per line (the same objects as the list). Takes the same filters as the list; returns every matching record, streamed.
         */
        get: operations["exportStudiesNdjson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/studies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one study by id
         * @description One record of studies by its stable id, with its citations. `include` and `fields` work as on the list.
         */
        get: operations["getStudy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/studies/{id}.jsonld": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One study as schema.org JSON-LD
         * @description The record as schema.org JSON-LD (MedicalStudy); also served by /v1/studies/{id} with `Accept: application/ld+json`. Every @id is a URL of this API.
         */
        get: operations["getStudyJsonLd"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List findings
         * @description Reported results of studies; every numeric result is its own record.
         *
         *     Filters, sort, keyset pagination (`limit`, `cursor`), `include`, `fields` and full-text `q` are typed query parameters. Unknown parameters are rejected.
         */
        get: operations["listFindings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/findings.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export every findings record as CSV
         * @description RFC 4180 CSV, UTF-8, CRLF line ends, a header row of field names. Nested values (arrays, objects, citations) are JSON-encoded in their cell; null is an empty cell; booleans are true/false. Takes the same filters as the list; returns every matching record, streamed.
         */
        get: operations["exportFindingsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/findings.ndjson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export every findings record as NDJSON
         * @description One JSON record per line (the same objects as the list). Takes the same filters as the list; returns every matching record, streamed.
         */
        get: operations["exportFindingsNdjson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/findings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one finding by id
         * @description One record of findings by its stable id, with its citations. `include` and `fields` work as on the list.
         */
        get: operations["getFinding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/faqs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List faqs
         * @description Frequently asked questions with the answers the sources give.
         *
         *     Filters, sort, keyset pagination (`limit`, `cursor`), `include`, `fields` and full-text `q` are typed query parameters. Unknown parameters are rejected.
         */
        get: operations["listFaqs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/faqs.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export every faqs record as CSV
         * @description RFC 4180 CSV, UTF-8, CRLF line ends, a header row of field names. Nested values (arrays, objects, citations) are JSON-encoded in their cell; null is an empty cell; booleans are true/false. Takes the same filters as the list; returns every matching record, streamed.
         */
        get: operations["exportFaqsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/faqs.ndjson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export every faqs record as NDJSON
         * @description One JSON record per line (the same objects as the list). Takes the same filters as the list; returns every matching record, streamed.
         */
        get: operations["exportFaqsNdjson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/faqs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one faq by id
         * @description One record of faqs by its stable id, with its citations. `include` and `fields` work as on the list.
         */
        get: operations["getFaq"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session-phases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List session phases
         * @description The phases of a group session, in order, with practical rules (fasting, eye masks, timing, driving, group sizes, ratios).
         *
         *     Filters, sort, keyset pagination (`limit`, `cursor`), `include`, `fields` and full-text `q` are typed query parameters. Unknown parameters are rejected.
         */
        get: operations["listSessionPhases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session-phases.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export every session phases record as CSV
         * @description RFC 4180 CSV, UTF-8, CRLF line ends, a header row of field names. Nested values (arrays, objects, citations) are JSON-encoded in their cell; null is an empty cell; booleans are true/false. Takes the same filters as the list; returns every matching record, streamed.
         */
        get: operations["exportSessionPhasesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session-phases.ndjson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export every session phases record as NDJSON
         * @description One JSON record per line (the same objects as the list). Takes the same filters as the list; returns every matching record, streamed.
         */
        get: operations["exportSessionPhasesNdjson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session-phases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one session phase by id
         * @description One record of session-phases by its stable id, with its citations. `include` and `fields` work as on the list.
         */
        get: operations["getSessionPhase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/guides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List guides
         * @description Practical guidance: course of treatment, costs, insurance and assistance, candidacy, readiness, risks, questions to ask, red flags.
         *
         *     Filters, sort, keyset pagination (`limit`, `cursor`), `include`, `fields` and full-text `q` are typed query parameters. Unknown parameters are rejected.
         */
        get: operations["listGuides"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/guides.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export every guides record as CSV
         * @description RFC 4180 CSV, UTF-8, CRLF line ends, a header row of field names. Nested values (arrays, objects, citations) are JSON-encoded in their cell; null is an empty cell; booleans are true/false. Takes the same filters as the list; returns every matching record, streamed.
         */
        get: operations["exportGuidesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/guides.ndjson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export every guides record as NDJSON
         * @description One JSON record per line (the same objects as the list). Takes the same filters as the list; returns every matching record, streamed.
         */
        get: operations["exportGuidesNdjson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/guides/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one guide by id
         * @description One record of guides by its stable id, with its citations. `include` and `fields` work as on the list.
         */
        get: operations["getGuide"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description A condition named by the sources.
         * @enum {string}
         */
        ConditionInput: "depression" | "treatment-resistant-depression" | "anxiety" | "generalized-anxiety-disorder" | "ptsd" | "trauma" | "ocd" | "substance-use-disorder" | "addiction" | "eating-disorders" | "chronic-pain" | "suicidality" | "mood-disorders";
        /** @description Where a fact comes from: a source and a verbatim excerpt of it. */
        Citation: {
            /**
             * @description Id of the source (see /v1/sources) the excerpt is quoted from.
             * @example roots-to-thrive-group
             */
            source_id: string;
            /** @description Verbatim quotation from the source (at most 200 characters). */
            excerpt: string;
            /** @description Heading of the section the excerpt comes from. */
            section: string;
        };
        /**
         * @description A condition named by the sources.
         * @enum {string}
         */
        Condition: "depression" | "treatment-resistant-depression" | "anxiety" | "generalized-anxiety-disorder" | "ptsd" | "trauma" | "ocd" | "substance-use-disorder" | "addiction" | "eating-disorders" | "chronic-pain" | "suicidality" | "mood-disorders";
        /** @description A source the content is curated from or that the articles cite. */
        Source: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            title: string;
            /** @description Organization or journal that publishes it. */
            publisher: string | null;
            /** @description Authors as written by the citing article. */
            authors: string[];
            year: number | null;
            /** @description Address as given by the citing article; null when the article names the source without a link. */
            url: string | null;
            /** @enum {string} */
            kind: "article" | "journal_article" | "website" | "guideline" | "directory";
            /** @description Last-updated date the source states about itself, if any. */
            updated: string | null;
            /** @description Where the source is named: for the two articles themselves, their title line. */
            citations: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at: string;
        };
        /** @description A contraindication or screening flag as the sources state it. Information, not medical advice. */
        Contraindication: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            condition: string;
            /**
             * @description absolute: the source says to avoid ketamine therapy; requires_evaluation: careful clinical evaluation; group_specific: a reason the group format may not fit.
             * @enum {string}
             */
            category: "absolute" | "requires_evaluation" | "group_specific";
            /**
             * @description Whether it concerns ketamine therapy in any format or the group format only.
             * @enum {string}
             */
            applies_to: "any" | "group";
            note: string | null;
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at: string;
        };
        /** @description A route of ketamine administration with the dose range the source gives. */
        DosingRoute: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            name: string;
            abbreviation: string | null;
            /** @description Forms named by the source (e.g. lozenges, troches). */
            forms: string[];
            dose_min: number | null;
            dose_max: number | null;
            dose_unit: ("mg/kg" | "mg") | null;
            description: string;
            /** @enum {string} */
            used_in_group_settings: "yes" | "less_common" | "not_stated";
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at: string;
        };
        /** @description A frequently asked question with the answer its source gives. */
        Faq: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            question: string;
            answer: string;
            position: number;
            /** @description Records the answer is about. */
            related: {
                collection: string;
                /**
                 * @description Stable string identifier (slug).
                 * @example roots-to-thrive-group
                 */
                id: string;
            }[];
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at: string;
        };
        /** @description A study, case report or program evaluation the sources report. */
        Study: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            title: string;
            authors: string[];
            year: number | null;
            journal: string | null;
            /** @description Volume, issue and pages as written (e.g. "16:1568017"). */
            journal_reference: string | null;
            url: string | null;
            /** @description The study as a cited source in /v1/sources, when it is one. */
            source_id: string | null;
            design: string;
            population: string | null;
            intervention: string | null;
            /** @description Number of participants; a lower bound when participants_qualifier is "at_least". */
            participants: number | null;
            participants_qualifier: ("exact" | "at_least") | null;
            duration_weeks: number | null;
            follow_up_months: number | null;
            conditions: components["schemas"]["Condition"][];
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at: string;
        };
        /** @description One reported result of a study; every numeric result is its own finding. */
        Finding: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            study_id: string;
            condition: components["schemas"]["Condition"] | null;
            /** @description What was measured (instrument or outcome), e.g. "GAD-7", "blood pressure". */
            measure: string;
            /** @description The reported figure; null when the source reports the result without a number. */
            value: number | null;
            value_unit: ("percent" | "participants" | "sessions" | "months" | "events") | null;
            value_qualifier: ("exact" | "approximately" | "less_than" | "at_least") | null;
            /** @description Out of how many, when the source says (e.g. 4 of 5 participants). */
            denominator: number | null;
            /** @enum {string} */
            direction: "improved" | "decreased" | "increased" | "unchanged" | "not_applicable";
            summary: string;
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at: string;
        };
        /** @description One row of the table "When group fits versus when individual is safer". */
        FormatFit: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            situation: string;
            /** @description Row number in the source table. */
            position: number;
            /** @description Cell "Group format generally appropriate", as written; null when empty. */
            group_format: string | null;
            /** @description Cell "Individual format safer", as written; null when empty. */
            individual_format: string | null;
            /**
             * @description The format the row marks.
             * @enum {string}
             */
            favoured_format: "group" | "individual";
            /** @description True when a cell value was inferred from the surrounding text because the check mark was lost in extraction. */
            inferred: boolean;
            note: string | null;
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at: string;
        };
        GuideItem: {
            text: string;
            value_min: number | null;
            value_max: number | null;
            unit: string | null;
        };
        /** @description Practical guidance from the sources: course of treatment, costs and assistance, candidacy, risks, questions to ask and red flags. */
        Guide: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            /** @enum {string} */
            topic: "course_of_treatment" | "insurance_and_financial_assistance" | "candidacy" | "readiness" | "benefits" | "side_effects_and_risks" | "questions_to_ask" | "red_flags" | "finding_a_provider" | "provider_credentials" | "evidence_limitations" | "legal_and_access" | "group_dynamics" | "access_pathways" | "costs" | "medical_safety";
            title: string;
            summary: string;
            items: components["schemas"]["GuideItem"][];
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at: string;
        };
        /** @description A ketamine-assisted therapy program, track or pathway. */
        Program: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            name: string;
            /** @description Organization that runs it; null for a generic model described by the sources. */
            organization_id: string | null;
            /**
             * @description Treatment format.
             * @enum {string}
             */
            format: "group" | "individual";
            /**
             * @description Whether ketamine is taken in a shared room (group) or privately (individual).
             * @enum {string}
             */
            dosing_setting: "group" | "individual" | "not_stated";
            /**
             * @description Whether integration work happens in group or 1:1.
             * @enum {string}
             */
            integration_setting: "group" | "individual" | "not_stated";
            /** @description True for a generic model the sources describe (e.g. typical group KAT), not a bookable program. */
            generic: boolean;
            duration_weeks: number | null;
            /** @description Number of ketamine (medicine) sessions; the lower bound when the source gives a range. */
            medicine_sessions: number | null;
            /** @description Upper bound when the source gives a range of medicine sessions; null otherwise. */
            medicine_sessions_max: number | null;
            /** @description Smallest group (cohort) size the source gives. */
            group_size_min: number | null;
            group_size_max: number | null;
            /** @description Cohort, subgroup and facilitation structure as the source describes it. */
            structure: string | null;
            city: string | null;
            region: string | null;
            country: string | null;
            /** @description Dosing-route ids (see /v1/dosing-routes). */
            routes: string[];
            conditions: components["schemas"]["Condition"][];
            description: string;
            /** @description Sliding scales, scholarships or funds the source names for this program. */
            financial_assistance: string[];
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at: string;
        };
        /** @description An organization that runs, partners in or funds a program. */
        Organization: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "clinic" | "clinic_network" | "non_profit" | "university" | "community_organization" | "first_nation" | "fund" | "program_provider";
            description: string;
            /** @description Network the organization belongs to (e.g. an ATMA CENA member clinic). */
            parent_organization_id: string | null;
            /** @description Organizations it works in partnership with, as the sources say. */
            partner_organization_ids: string[];
            city: string | null;
            /** @description Province or state (ISO 3166-2 subdivision code without the country prefix, e.g. BC, ON, CA, CO). */
            region: string | null;
            country: string | null;
            website: string | null;
            /** @description False for an organization the source describes without naming it (e.g. "one Colorado clinic"). */
            named_in_source: boolean;
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at: string;
        };
        /** @description A price or price range, exactly as a source states it. Never converted between currencies. */
        Price: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            /** @description Program the price belongs to; null for market-wide figures. */
            program_id: string | null;
            label: string;
            /**
             * @description Treatment format.
             * @enum {string}
             */
            format: "group" | "individual";
            /** @description Lower (or only) amount in major currency units; null when the source gives no figure (e.g. "Varies by clinic"). */
            amount_min: number | null;
            /** @description Upper amount; null when open-ended (e.g. "$10,000+") or a single figure. */
            amount_max: number | null;
            /** @description True when the source writes the upper bound with a "+" (no fixed maximum). */
            open_ended: boolean;
            /** @description True when the source qualifies the amount ("approximately", "about", "~", "typically"). */
            approximate: boolean;
            /** @description The amount exactly as written in the source. */
            amount_text: string;
            /**
             * @description ISO 4217 currency code.
             * @example CAD
             * @example USD
             */
            currency: string;
            /** @description True when the source writes "$" without a currency code and the currency is inferred. */
            currency_implied: boolean;
            /** @enum {string} */
            unit: "per_session" | "per_program" | "per_additional_session" | "per_year" | "per_retreat";
            /** @description Medicine sessions the price covers; the lower bound when a range. */
            sessions_included: number | null;
            sessions_included_max: number | null;
            /** @description Tax note exactly as written (e.g. "+ GST", "+ tax"); null when the source states none. */
            tax_note: string | null;
            note: string | null;
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at: string;
        };
        PracticalRule: {
            rule: string;
            value_min: number | null;
            value_max: number | null;
            unit: ("hours" | "minutes" | "participants" | "participants_per_facilitator" | "weeks" | "months" | "sessions") | null;
            /** @description Set when the rule is one program's (e.g. Roots to Thrive group sizes), null when general. */
            program_id: string | null;
        };
        /** @description A phase of a group ketamine session, with its practical rules. */
        SessionPhase: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            name: string;
            position: number;
            description: string;
            duration_min_minutes: number | null;
            duration_max_minutes: number | null;
            practical_rules: components["schemas"]["PracticalRule"][];
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at: string;
        };
        /**
         * @description An error, as RFC 9457 application/problem+json.
         * @example {
         *       "type": "/problems/validation-error",
         *       "title": "Invalid request",
         *       "status": 400,
         *       "detail": "limit: Too big: expected number to be <=100",
         *       "instance": "urn:katalog:request:4f1c2a",
         *       "request_id": "4f1c2a",
         *       "errors": [
         *         {
         *           "name": "limit",
         *           "in": "query",
         *           "detail": "Too big: expected number to be <=100"
         *         }
         *       ]
         *     }
         */
        Problem: {
            /**
             * @description URI reference identifying the problem type.
             * @example /problems/validation-error
             */
            type: string;
            /** @description Short summary of the problem type. */
            title: string;
            status: number;
            /** @description What went wrong with this request. */
            detail: string;
            /** @description Identifies this occurrence: contains the request id. */
            instance: string;
            request_id: string;
            /** @description Every invalid parameter or field, for validation problems. */
            errors?: {
                /** @description The parameter or body field at fault. */
                name: string;
                /** @enum {string} */
                in: "query" | "path" | "header" | "body";
                detail: string;
            }[];
        };
        ListMeta: {
            /** @description Number of records matching the filters (all pages). */
            total: number;
            limit: number;
            /** @description Pass as `cursor` for the next page; null on the last page. */
            next_cursor: string | null;
            /** @description The order applied, ending with the `id` tiebreaker. */
            sort: string[];
        };
        ListLinks: {
            /** @description This page. */
            self: string;
            /** @description The next page (also in the `Link` header, rel="next"); null on the last page. */
            next: string | null;
        };
        /** @description One change of one record. Deletions stay in the feed as tombstones. */
        ChangeEvent: {
            /** @description Position in the feed; strictly increasing. */
            seq: number;
            /** @enum {string} */
            collection: "sources" | "organizations" | "dosing-routes" | "programs" | "prices" | "contraindications" | "format-fit" | "studies" | "findings" | "faqs" | "session-phases" | "guides";
            id: string;
            /** @enum {string} */
            action: "created" | "updated" | "deleted";
            /** @description The record version after the change. */
            version: number;
            changed_at: string;
            /** @description The record (404 once deleted). */
            href: string;
        };
        CostRange: {
            /** @description Lowest amount, in major units. */
            min: number;
            /** @description Highest amount; null when a source range is open-ended ("+"). */
            max: number | null;
            /** @description True when any price used is stated approximately. */
            approximate: boolean;
            /** @description The prices this range is computed from (see /v1/prices). */
            price_ids: string[];
            citations: components["schemas"]["Citation"][];
        };
        /** @description What group format saves over individual, as a range, in the same currency and unit. */
        CostSaving: {
            /** @description Smallest saving: lowest individual minus highest group (negative when the ranges overlap). */
            min: number | null;
            /** @description Largest saving: highest individual minus lowest group; null when open-ended. */
            max: number | null;
        };
        FitFlag: {
            /**
             * @description The collection the flag comes from.
             * @enum {string}
             */
            source: "format-fit" | "contraindications";
            id: string;
            /** @description The situation or condition, as the source words it. */
            situation: string;
            /** @description What the source says about this format, as written. */
            says: string;
            /** @description True when the table cell was inferred from surrounding text (lost check mark). */
            inferred: boolean;
            citations: components["schemas"]["Citation"][];
        };
        /** @description A Source reduced to the fields asked for by `fields` (id always kept). */
        SourceSparse: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            title?: string;
            /** @description Organization or journal that publishes it. */
            publisher?: string | null;
            /** @description Authors as written by the citing article. */
            authors?: string[];
            year?: number | null;
            /** @description Address as given by the citing article; null when the article names the source without a link. */
            url?: string | null;
            /** @enum {string} */
            kind?: "article" | "journal_article" | "website" | "guideline" | "directory";
            /** @description Last-updated date the source states about itself, if any. */
            updated?: string | null;
            /** @description Where the source is named: for the two articles themselves, their title line. */
            citations?: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version?: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at?: string;
        };
        /** @description A Organization with the related records asked for by `include`. */
        OrganizationExpanded: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "clinic" | "clinic_network" | "non_profit" | "university" | "community_organization" | "first_nation" | "fund" | "program_provider";
            description: string;
            /** @description Network the organization belongs to (e.g. an ATMA CENA member clinic). */
            parent_organization_id: string | null;
            /** @description Organizations it works in partnership with, as the sources say. */
            partner_organization_ids: string[];
            city: string | null;
            /** @description Province or state (ISO 3166-2 subdivision code without the country prefix, e.g. BC, ON, CA, CO). */
            region: string | null;
            country: string | null;
            website: string | null;
            /** @description False for an organization the source describes without naming it (e.g. "one Colorado clinic"). */
            named_in_source: boolean;
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at: string;
            /** @description With include=programs: the programs it runs. */
            programs?: components["schemas"]["Program"][];
            /** @description With include=sources: the sources its citations quote. */
            sources?: components["schemas"]["Source"][];
        };
        /** @description A Organization reduced to the fields asked for by `fields` (id always kept). */
        OrganizationSparse: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            name?: string;
            /** @enum {string} */
            kind?: "clinic" | "clinic_network" | "non_profit" | "university" | "community_organization" | "first_nation" | "fund" | "program_provider";
            description?: string;
            /** @description Network the organization belongs to (e.g. an ATMA CENA member clinic). */
            parent_organization_id?: string | null;
            /** @description Organizations it works in partnership with, as the sources say. */
            partner_organization_ids?: string[];
            city?: string | null;
            /** @description Province or state (ISO 3166-2 subdivision code without the country prefix, e.g. BC, ON, CA, CO). */
            region?: string | null;
            country?: string | null;
            website?: string | null;
            /** @description False for an organization the source describes without naming it (e.g. "one Colorado clinic"). */
            named_in_source?: boolean;
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations?: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version?: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at?: string;
            /** @description With include=programs: the programs it runs. */
            programs?: components["schemas"]["Program"][];
            /** @description With include=sources: the sources its citations quote. */
            sources?: components["schemas"]["Source"][];
        };
        /** @description A DosingRoute with the related records asked for by `include`. */
        DosingRouteExpanded: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            name: string;
            abbreviation: string | null;
            /** @description Forms named by the source (e.g. lozenges, troches). */
            forms: string[];
            dose_min: number | null;
            dose_max: number | null;
            dose_unit: ("mg/kg" | "mg") | null;
            description: string;
            /** @enum {string} */
            used_in_group_settings: "yes" | "less_common" | "not_stated";
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at: string;
            /** @description With include=sources: the sources its citations quote. */
            sources?: components["schemas"]["Source"][];
        };
        /** @description A DosingRoute reduced to the fields asked for by `fields` (id always kept). */
        DosingRouteSparse: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            name?: string;
            abbreviation?: string | null;
            /** @description Forms named by the source (e.g. lozenges, troches). */
            forms?: string[];
            dose_min?: number | null;
            dose_max?: number | null;
            dose_unit?: ("mg/kg" | "mg") | null;
            description?: string;
            /** @enum {string} */
            used_in_group_settings?: "yes" | "less_common" | "not_stated";
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations?: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version?: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at?: string;
            /** @description With include=sources: the sources its citations quote. */
            sources?: components["schemas"]["Source"][];
        };
        /** @description A Program with the related records asked for by `include`. */
        ProgramExpanded: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            name: string;
            /** @description Organization that runs it; null for a generic model described by the sources. */
            organization_id: string | null;
            /**
             * @description Treatment format.
             * @enum {string}
             */
            format: "group" | "individual";
            /**
             * @description Whether ketamine is taken in a shared room (group) or privately (individual).
             * @enum {string}
             */
            dosing_setting: "group" | "individual" | "not_stated";
            /**
             * @description Whether integration work happens in group or 1:1.
             * @enum {string}
             */
            integration_setting: "group" | "individual" | "not_stated";
            /** @description True for a generic model the sources describe (e.g. typical group KAT), not a bookable program. */
            generic: boolean;
            duration_weeks: number | null;
            /** @description Number of ketamine (medicine) sessions; the lower bound when the source gives a range. */
            medicine_sessions: number | null;
            /** @description Upper bound when the source gives a range of medicine sessions; null otherwise. */
            medicine_sessions_max: number | null;
            /** @description Smallest group (cohort) size the source gives. */
            group_size_min: number | null;
            group_size_max: number | null;
            /** @description Cohort, subgroup and facilitation structure as the source describes it. */
            structure: string | null;
            city: string | null;
            region: string | null;
            country: string | null;
            /** @description Dosing-route ids (see /v1/dosing-routes). */
            routes: string[];
            conditions: components["schemas"]["Condition"][];
            description: string;
            /** @description Sliding scales, scholarships or funds the source names for this program. */
            financial_assistance: string[];
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at: string;
            /** @description With include=organization: the organization that runs it. */
            organization?: components["schemas"]["Organization"] | null;
            /** @description With include=prices: its prices. */
            prices?: components["schemas"]["Price"][];
            /** @description With include=dosing_routes: its dosing routes. */
            dosing_routes?: components["schemas"]["DosingRoute"][];
            /** @description With include=sources: the sources its citations quote. */
            sources?: components["schemas"]["Source"][];
        };
        /** @description A Program reduced to the fields asked for by `fields` (id always kept). */
        ProgramSparse: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            name?: string;
            /** @description Organization that runs it; null for a generic model described by the sources. */
            organization_id?: string | null;
            /**
             * @description Treatment format.
             * @enum {string}
             */
            format?: "group" | "individual";
            /**
             * @description Whether ketamine is taken in a shared room (group) or privately (individual).
             * @enum {string}
             */
            dosing_setting?: "group" | "individual" | "not_stated";
            /**
             * @description Whether integration work happens in group or 1:1.
             * @enum {string}
             */
            integration_setting?: "group" | "individual" | "not_stated";
            /** @description True for a generic model the sources describe (e.g. typical group KAT), not a bookable program. */
            generic?: boolean;
            duration_weeks?: number | null;
            /** @description Number of ketamine (medicine) sessions; the lower bound when the source gives a range. */
            medicine_sessions?: number | null;
            /** @description Upper bound when the source gives a range of medicine sessions; null otherwise. */
            medicine_sessions_max?: number | null;
            /** @description Smallest group (cohort) size the source gives. */
            group_size_min?: number | null;
            group_size_max?: number | null;
            /** @description Cohort, subgroup and facilitation structure as the source describes it. */
            structure?: string | null;
            city?: string | null;
            region?: string | null;
            country?: string | null;
            /** @description Dosing-route ids (see /v1/dosing-routes). */
            routes?: string[];
            conditions?: components["schemas"]["Condition"][];
            description?: string;
            /** @description Sliding scales, scholarships or funds the source names for this program. */
            financial_assistance?: string[];
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations?: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version?: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at?: string;
            /** @description With include=organization: the organization that runs it. */
            organization?: components["schemas"]["Organization"] | null;
            /** @description With include=prices: its prices. */
            prices?: components["schemas"]["Price"][];
            /** @description With include=dosing_routes: its dosing routes. */
            dosing_routes?: components["schemas"]["DosingRoute"][];
            /** @description With include=sources: the sources its citations quote. */
            sources?: components["schemas"]["Source"][];
        };
        /** @description A Price with the related records asked for by `include`. */
        PriceExpanded: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            /** @description Program the price belongs to; null for market-wide figures. */
            program_id: string | null;
            label: string;
            /**
             * @description Treatment format.
             * @enum {string}
             */
            format: "group" | "individual";
            /** @description Lower (or only) amount in major currency units; null when the source gives no figure (e.g. "Varies by clinic"). */
            amount_min: number | null;
            /** @description Upper amount; null when open-ended (e.g. "$10,000+") or a single figure. */
            amount_max: number | null;
            /** @description True when the source writes the upper bound with a "+" (no fixed maximum). */
            open_ended: boolean;
            /** @description True when the source qualifies the amount ("approximately", "about", "~", "typically"). */
            approximate: boolean;
            /** @description The amount exactly as written in the source. */
            amount_text: string;
            /**
             * @description ISO 4217 currency code.
             * @example CAD
             * @example USD
             */
            currency: string;
            /** @description True when the source writes "$" without a currency code and the currency is inferred. */
            currency_implied: boolean;
            /** @enum {string} */
            unit: "per_session" | "per_program" | "per_additional_session" | "per_year" | "per_retreat";
            /** @description Medicine sessions the price covers; the lower bound when a range. */
            sessions_included: number | null;
            sessions_included_max: number | null;
            /** @description Tax note exactly as written (e.g. "+ GST", "+ tax"); null when the source states none. */
            tax_note: string | null;
            note: string | null;
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at: string;
            /** @description With include=program: the program it belongs to. */
            program?: components["schemas"]["Program"] | null;
            /** @description With include=sources: the sources its citations quote. */
            sources?: components["schemas"]["Source"][];
        };
        /** @description A Price reduced to the fields asked for by `fields` (id always kept). */
        PriceSparse: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            /** @description Program the price belongs to; null for market-wide figures. */
            program_id?: string | null;
            label?: string;
            /**
             * @description Treatment format.
             * @enum {string}
             */
            format?: "group" | "individual";
            /** @description Lower (or only) amount in major currency units; null when the source gives no figure (e.g. "Varies by clinic"). */
            amount_min?: number | null;
            /** @description Upper amount; null when open-ended (e.g. "$10,000+") or a single figure. */
            amount_max?: number | null;
            /** @description True when the source writes the upper bound with a "+" (no fixed maximum). */
            open_ended?: boolean;
            /** @description True when the source qualifies the amount ("approximately", "about", "~", "typically"). */
            approximate?: boolean;
            /** @description The amount exactly as written in the source. */
            amount_text?: string;
            /**
             * @description ISO 4217 currency code.
             * @example CAD
             * @example USD
             */
            currency?: string;
            /** @description True when the source writes "$" without a currency code and the currency is inferred. */
            currency_implied?: boolean;
            /** @enum {string} */
            unit?: "per_session" | "per_program" | "per_additional_session" | "per_year" | "per_retreat";
            /** @description Medicine sessions the price covers; the lower bound when a range. */
            sessions_included?: number | null;
            sessions_included_max?: number | null;
            /** @description Tax note exactly as written (e.g. "+ GST", "+ tax"); null when the source states none. */
            tax_note?: string | null;
            note?: string | null;
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations?: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version?: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at?: string;
            /** @description With include=program: the program it belongs to. */
            program?: components["schemas"]["Program"] | null;
            /** @description With include=sources: the sources its citations quote. */
            sources?: components["schemas"]["Source"][];
        };
        /** @description A Contraindication with the related records asked for by `include`. */
        ContraindicationExpanded: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            condition: string;
            /**
             * @description absolute: the source says to avoid ketamine therapy; requires_evaluation: careful clinical evaluation; group_specific: a reason the group format may not fit.
             * @enum {string}
             */
            category: "absolute" | "requires_evaluation" | "group_specific";
            /**
             * @description Whether it concerns ketamine therapy in any format or the group format only.
             * @enum {string}
             */
            applies_to: "any" | "group";
            note: string | null;
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at: string;
            /** @description With include=sources: the sources its citations quote. */
            sources?: components["schemas"]["Source"][];
        };
        /** @description A Contraindication reduced to the fields asked for by `fields` (id always kept). */
        ContraindicationSparse: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            condition?: string;
            /**
             * @description absolute: the source says to avoid ketamine therapy; requires_evaluation: careful clinical evaluation; group_specific: a reason the group format may not fit.
             * @enum {string}
             */
            category?: "absolute" | "requires_evaluation" | "group_specific";
            /**
             * @description Whether it concerns ketamine therapy in any format or the group format only.
             * @enum {string}
             */
            applies_to?: "any" | "group";
            note?: string | null;
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations?: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version?: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at?: string;
            /** @description With include=sources: the sources its citations quote. */
            sources?: components["schemas"]["Source"][];
        };
        /** @description A FormatFit with the related records asked for by `include`. */
        FormatFitExpanded: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            situation: string;
            /** @description Row number in the source table. */
            position: number;
            /** @description Cell "Group format generally appropriate", as written; null when empty. */
            group_format: string | null;
            /** @description Cell "Individual format safer", as written; null when empty. */
            individual_format: string | null;
            /**
             * @description The format the row marks.
             * @enum {string}
             */
            favoured_format: "group" | "individual";
            /** @description True when a cell value was inferred from the surrounding text because the check mark was lost in extraction. */
            inferred: boolean;
            note: string | null;
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at: string;
            /** @description With include=sources: the sources its citations quote. */
            sources?: components["schemas"]["Source"][];
        };
        /** @description A FormatFit reduced to the fields asked for by `fields` (id always kept). */
        FormatFitSparse: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            situation?: string;
            /** @description Row number in the source table. */
            position?: number;
            /** @description Cell "Group format generally appropriate", as written; null when empty. */
            group_format?: string | null;
            /** @description Cell "Individual format safer", as written; null when empty. */
            individual_format?: string | null;
            /**
             * @description The format the row marks.
             * @enum {string}
             */
            favoured_format?: "group" | "individual";
            /** @description True when a cell value was inferred from the surrounding text because the check mark was lost in extraction. */
            inferred?: boolean;
            note?: string | null;
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations?: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version?: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at?: string;
            /** @description With include=sources: the sources its citations quote. */
            sources?: components["schemas"]["Source"][];
        };
        /** @description A Study with the related records asked for by `include`. */
        StudyExpanded: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            title: string;
            authors: string[];
            year: number | null;
            journal: string | null;
            /** @description Volume, issue and pages as written (e.g. "16:1568017"). */
            journal_reference: string | null;
            url: string | null;
            /** @description The study as a cited source in /v1/sources, when it is one. */
            source_id: string | null;
            design: string;
            population: string | null;
            intervention: string | null;
            /** @description Number of participants; a lower bound when participants_qualifier is "at_least". */
            participants: number | null;
            participants_qualifier: ("exact" | "at_least") | null;
            duration_weeks: number | null;
            follow_up_months: number | null;
            conditions: components["schemas"]["Condition"][];
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at: string;
            /** @description With include=findings: its findings. */
            findings?: components["schemas"]["Finding"][];
            /** @description With include=sources: the sources its citations quote. */
            sources?: components["schemas"]["Source"][];
        };
        /** @description A Study reduced to the fields asked for by `fields` (id always kept). */
        StudySparse: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            title?: string;
            authors?: string[];
            year?: number | null;
            journal?: string | null;
            /** @description Volume, issue and pages as written (e.g. "16:1568017"). */
            journal_reference?: string | null;
            url?: string | null;
            /** @description The study as a cited source in /v1/sources, when it is one. */
            source_id?: string | null;
            design?: string;
            population?: string | null;
            intervention?: string | null;
            /** @description Number of participants; a lower bound when participants_qualifier is "at_least". */
            participants?: number | null;
            participants_qualifier?: ("exact" | "at_least") | null;
            duration_weeks?: number | null;
            follow_up_months?: number | null;
            conditions?: components["schemas"]["Condition"][];
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations?: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version?: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at?: string;
            /** @description With include=findings: its findings. */
            findings?: components["schemas"]["Finding"][];
            /** @description With include=sources: the sources its citations quote. */
            sources?: components["schemas"]["Source"][];
        };
        /** @description A Finding with the related records asked for by `include`. */
        FindingExpanded: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            study_id: string;
            condition: components["schemas"]["Condition"] | null;
            /** @description What was measured (instrument or outcome), e.g. "GAD-7", "blood pressure". */
            measure: string;
            /** @description The reported figure; null when the source reports the result without a number. */
            value: number | null;
            value_unit: ("percent" | "participants" | "sessions" | "months" | "events") | null;
            value_qualifier: ("exact" | "approximately" | "less_than" | "at_least") | null;
            /** @description Out of how many, when the source says (e.g. 4 of 5 participants). */
            denominator: number | null;
            /** @enum {string} */
            direction: "improved" | "decreased" | "increased" | "unchanged" | "not_applicable";
            summary: string;
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at: string;
            /** @description With include=study: the study it comes from. */
            study?: components["schemas"]["Study"] | null;
            /** @description With include=sources: the sources its citations quote. */
            sources?: components["schemas"]["Source"][];
        };
        /** @description A Finding reduced to the fields asked for by `fields` (id always kept). */
        FindingSparse: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            study_id?: string;
            condition?: components["schemas"]["Condition"] | null;
            /** @description What was measured (instrument or outcome), e.g. "GAD-7", "blood pressure". */
            measure?: string;
            /** @description The reported figure; null when the source reports the result without a number. */
            value?: number | null;
            value_unit?: ("percent" | "participants" | "sessions" | "months" | "events") | null;
            value_qualifier?: ("exact" | "approximately" | "less_than" | "at_least") | null;
            /** @description Out of how many, when the source says (e.g. 4 of 5 participants). */
            denominator?: number | null;
            /** @enum {string} */
            direction?: "improved" | "decreased" | "increased" | "unchanged" | "not_applicable";
            summary?: string;
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations?: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version?: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at?: string;
            /** @description With include=study: the study it comes from. */
            study?: components["schemas"]["Study"] | null;
            /** @description With include=sources: the sources its citations quote. */
            sources?: components["schemas"]["Source"][];
        };
        /** @description A Faq with the related records asked for by `include`. */
        FaqExpanded: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            question: string;
            answer: string;
            position: number;
            /** @description Records the answer is about. */
            related: {
                collection: string;
                /**
                 * @description Stable string identifier (slug).
                 * @example roots-to-thrive-group
                 */
                id: string;
            }[];
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at: string;
            /** @description With include=sources: the sources its citations quote. */
            sources?: components["schemas"]["Source"][];
        };
        /** @description A Faq reduced to the fields asked for by `fields` (id always kept). */
        FaqSparse: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            question?: string;
            answer?: string;
            position?: number;
            /** @description Records the answer is about. */
            related?: {
                collection: string;
                /**
                 * @description Stable string identifier (slug).
                 * @example roots-to-thrive-group
                 */
                id: string;
            }[];
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations?: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version?: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at?: string;
            /** @description With include=sources: the sources its citations quote. */
            sources?: components["schemas"]["Source"][];
        };
        /** @description A SessionPhase with the related records asked for by `include`. */
        SessionPhaseExpanded: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            name: string;
            position: number;
            description: string;
            duration_min_minutes: number | null;
            duration_max_minutes: number | null;
            practical_rules: components["schemas"]["PracticalRule"][];
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at: string;
            /** @description With include=sources: the sources its citations quote. */
            sources?: components["schemas"]["Source"][];
        };
        /** @description A SessionPhase reduced to the fields asked for by `fields` (id always kept). */
        SessionPhaseSparse: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            name?: string;
            position?: number;
            description?: string;
            duration_min_minutes?: number | null;
            duration_max_minutes?: number | null;
            practical_rules?: components["schemas"]["PracticalRule"][];
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations?: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version?: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at?: string;
            /** @description With include=sources: the sources its citations quote. */
            sources?: components["schemas"]["Source"][];
        };
        /** @description A Guide with the related records asked for by `include`. */
        GuideExpanded: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            /** @enum {string} */
            topic: "course_of_treatment" | "insurance_and_financial_assistance" | "candidacy" | "readiness" | "benefits" | "side_effects_and_risks" | "questions_to_ask" | "red_flags" | "finding_a_provider" | "provider_credentials" | "evidence_limitations" | "legal_and_access" | "group_dynamics" | "access_pathways" | "costs" | "medical_safety";
            title: string;
            summary: string;
            items: components["schemas"]["GuideItem"][];
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at: string;
            /** @description With include=sources: the sources its citations quote. */
            sources?: components["schemas"]["Source"][];
        };
        /** @description A Guide reduced to the fields asked for by `fields` (id always kept). */
        GuideSparse: {
            /**
             * @description Stable string identifier (slug).
             * @example roots-to-thrive-group
             */
            id: string;
            /** @enum {string} */
            topic?: "course_of_treatment" | "insurance_and_financial_assistance" | "candidacy" | "readiness" | "benefits" | "side_effects_and_risks" | "questions_to_ask" | "red_flags" | "finding_a_provider" | "provider_credentials" | "evidence_limitations" | "legal_and_access" | "group_dynamics" | "access_pathways" | "costs" | "medical_safety";
            title?: string;
            summary?: string;
            items?: components["schemas"]["GuideItem"][];
            /** @description Where the record comes from: at least one verbatim excerpt of a source. */
            citations?: components["schemas"]["Citation"][];
            /** @description Incremented on every change of the record. */
            version?: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp (UTC).
             * @example 2026-11-22T00:00:00.000Z
             */
            updated_at?: string;
            /** @description With include=sources: the sources its citations quote. */
            sources?: components["schemas"]["Source"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getDatasetIndex: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dataset index. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "Katalog",
                     *       "description": "Structured, cited content about group ketamine-assisted therapy.",
                     *       "version": "1.0.0",
                     *       "last_updated": "2026-11-22T00:00:00.000Z",
                     *       "disclaimer": "Katalog is information, not medical advice. Its content is curated from published articles and cites them; it does not diagnose, recommend or decide eligibility for any treatment. Talk to a licensed healthcare professional before making treatment decisions.",
                     *       "sources": [
                     *         {
                     *           "id": "group-ketamine-therapy-canada",
                     *           "title": "Group Ketamine Therapy",
                     *           "publisher": null,
                     *           "url": null,
                     *           "kind": "article"
                     *         }
                     *       ],
                     *       "collections": [
                     *         {
                     *           "name": "programs",
                     *           "description": "Group and individual programs.",
                     *           "count": 12,
                     *           "href": "/v1/programs"
                     *         }
                     *       ],
                     *       "links": {
                     *         "self": "/v1",
                     *         "docs": "/docs",
                     *         "openapi": "/openapi.json"
                     *       }
                     *     }
                     */
                    "application/json": {
                        name: string;
                        description: string;
                        /** @description API version. */
                        version: string;
                        /** @description Latest updated_at of any record. */
                        last_updated: string | null;
                        disclaimer: string;
                        sources: {
                            id: string;
                            title: string;
                            publisher: string | null;
                            url: string | null;
                            kind: string;
                        }[];
                        collections: {
                            name: string;
                            description: string;
                            count: number;
                            href: string;
                        }[];
                        links: {
                            self: string;
                            docs: string;
                            openapi: string;
                        };
                    };
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Not ready.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    search: {
        parameters: {
            query: {
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q: string;
                /** @description Only these collections. Comma-separated or repeated. */
                collection?: ("sources" | "organizations" | "dosing-routes" | "programs" | "prices" | "contraindications" | "format-fit" | "studies" | "findings" | "faqs" | "session-phases" | "guides")[];
                /** @description Number of hits, 1 to 100. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Search hits, best first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "collection": "dosing-routes",
                     *           "id": "sublingual",
                     *           "title": "<mark>Sublingual</mark>",
                     *           "snippet": "<mark>Sublingual</mark> lozenges or troches for a slower onset and gentler experience…",
                     *           "rank": -4.2,
                     *           "href": "/v1/dosing-routes/sublingual"
                     *         }
                     *       ],
                     *       "meta": {
                     *         "total": 1,
                     *         "limit": 20,
                     *         "query": "sublingual"
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: {
                            /** @enum {string} */
                            collection: "sources" | "organizations" | "dosing-routes" | "programs" | "prices" | "contraindications" | "format-fit" | "studies" | "findings" | "faqs" | "session-phases" | "guides";
                            id: string;
                            /** @description The record title, matches wrapped in <mark></mark> (otherwise plain text, not HTML-escaped). */
                            title: string;
                            /** @description The best-matching passage, matches wrapped in <mark></mark>. */
                            snippet: string;
                            /** @description bm25 score: lower is better. */
                            rank: number;
                            href: string;
                        }[];
                        meta: {
                            total: number;
                            limit: number;
                            query: string;
                        };
                    };
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChanges: {
        parameters: {
            query?: {
                /** @description Cursor from `meta.next_cursor`; omit to start from the beginning. */
                since?: string;
                /** @description Events per page, 1 to 1000. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Changes after `since`, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "seq": 1,
                     *           "collection": "sources",
                     *           "id": "kair-group-therapy-unpacked",
                     *           "action": "created",
                     *           "version": 1,
                     *           "changed_at": "2026-11-22T00:00:00.000Z",
                     *           "href": "/v1/sources/kair-group-therapy-unpacked"
                     *         }
                     *       ],
                     *       "meta": {
                     *         "next_cursor": "1",
                     *         "has_more": true,
                     *         "limit": 1
                     *       },
                     *       "links": {
                     *         "next": "/v1/changes?since=1&limit=1"
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["ChangeEvent"][];
                        meta: {
                            /** @description Pass as `since` to continue; the same when nothing new happened. */
                            next_cursor: string;
                            has_more: boolean;
                            limit: number;
                        };
                        links: {
                            next: string;
                        };
                    };
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCostComparison: {
        parameters: {
            query?: {
                /** @description Only these currencies (ISO 4217). Comma-separated or repeated. */
                currency?: string[];
                /** @description Only prices of programs in these countries (market-wide figures have no country and are left out). Comma-separated or repeated. */
                country?: string[];
                /** @description Only the prices of these programs. Comma-separated or repeated. */
                program_id?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Group versus individual costs, per currency. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "currency": "CAD",
                     *           "currency_implied": false,
                     *           "by_unit": [
                     *             {
                     *               "unit": "per_program",
                     *               "group": {
                     *                 "min": 5850,
                     *                 "max": 5850,
                     *                 "approximate": true,
                     *                 "price_ids": [
                     *                   "roots-to-thrive-group-price"
                     *                 ],
                     *                 "citations": []
                     *               },
                     *               "individual": {
                     *                 "min": 1530,
                     *                 "max": 7500,
                     *                 "approximate": true,
                     *                 "price_ids": [
                     *                   "roots-to-thrive-individual-price"
                     *                 ],
                     *                 "citations": []
                     *               },
                     *               "saving": {
                     *                 "min": -4320,
                     *                 "max": 1650
                     *               },
                     *               "note": null
                     *             }
                     *           ],
                     *           "per_medicine_session": {
                     *             "group": null,
                     *             "individual": null,
                     *             "saving": null,
                     *             "note": null,
                     *             "derived_from": []
                     *           },
                     *           "not_comparable": [
                     *             {
                     *               "price_id": "atma-cena-member-clinic-group-integration-price",
                     *               "reason": "The source gives no amount (\"Varies by clinic\")."
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "disclaimer": "Katalog is information, not medical advice. Its content is curated from published articles and cites them; it does not diagnose, recommend or decide eligibility for any treatment. Talk to a licensed healthcare professional before making treatment decisions."
                     *     }
                     */
                    "application/json": {
                        /** @description One entry per currency; amounts are never converted between currencies. */
                        data: {
                            /**
                             * @description ISO 4217 currency code.
                             * @example CAD
                             * @example USD
                             */
                            currency: string;
                            /** @description True when some prices used were written with a bare "$". */
                            currency_implied: boolean;
                            by_unit: {
                                group: components["schemas"]["CostRange"] | null;
                                individual: components["schemas"]["CostRange"] | null;
                                saving: components["schemas"]["CostSaving"] | null;
                                /** @description Why a comparison cannot be made, when it cannot. */
                                note: string | null;
                                /** @enum {string} */
                                unit: "per_session" | "per_program" | "per_additional_session" | "per_year" | "per_retreat";
                            }[];
                            per_medicine_session: {
                                group: components["schemas"]["CostRange"] | null;
                                individual: components["schemas"]["CostRange"] | null;
                                saving: components["schemas"]["CostSaving"] | null;
                                /** @description Why a comparison cannot be made, when it cannot. */
                                note: string | null;
                                /** @description Program prices divided by the number of medicine sessions the source gives for them. */
                                derived_from: {
                                    price_id: string;
                                    amount: number;
                                    sessions: number;
                                    per_session: number;
                                }[];
                            };
                            /** @description Prices left out of the figures, and why. */
                            not_comparable: {
                                price_id: string;
                                reason: string;
                            }[];
                        }[];
                        disclaimer: string;
                    };
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkFormatFit: {
        parameters: {
            query: {
                /** @description Ids of format-fit rows or contraindications. Comma-separated or repeated. */
                situation: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Flags from the sources, per format. Never a verdict. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "group": [
                     *           {
                     *             "source": "format-fit",
                     *             "id": "active-psychotic-symptoms",
                     *             "situation": "Active psychotic symptoms",
                     *             "says": "No mark in \"Group format generally appropriate\"",
                     *             "inferred": true,
                     *             "citations": []
                     *           }
                     *         ],
                     *         "individual": []
                     *       },
                     *       "disclaimer": "Katalog is information, not medical advice. Its content is curated from published articles and cites them; it does not diagnose, recommend or decide eligibility for any treatment. Talk to a licensed healthcare professional before making treatment decisions.",
                     *       "note": "These are flags reported by the sources, not an assessment of eligibility."
                     *     }
                     */
                    "application/json": {
                        data: {
                            /** @description What the sources say about the group format for the given situations. */
                            group: components["schemas"]["FitFlag"][];
                            /** @description What the sources say about the individual format for the given situations. */
                            individual: components["schemas"]["FitFlag"][];
                        };
                        disclaimer: string;
                        note: string;
                    };
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSources: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description Opaque cursor from `meta.next_cursor` of the previous page. Only valid with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `title`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "title" | "-title" | "year" | "-year" | "updated_at" | "-updated_at")[];
                /** @description Return only these fields (`id` is always returned). Comma-separated or repeated. */
                fields?: ("title" | "publisher" | "authors" | "year" | "url" | "kind" | "updated" | "citations" | "version" | "created_at" | "updated_at")[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
                /** @description Kind of source. Comma-separated or repeated. */
                kind?: ("article" | "journal_article" | "website" | "guideline" | "directory")[];
                /** @description Publication year. Lower bound, inclusive. */
                year_gte?: number;
                /** @description Publication year. Upper bound, inclusive. */
                year_lte?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sources as JSON; with `Accept: text/csv` or `application/x-ndjson`, every matching record as a stream (as /v1/sources.csv and .ndjson). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "kair-group-therapy-unpacked",
                     *           "title": "Ketamine Group Therapy Unpacked – Why Healing is Better Together",
                     *           "publisher": "KAIR Program",
                     *           "authors": [],
                     *           "year": null,
                     *           "url": null,
                     *           "kind": "article",
                     *           "updated": null,
                     *           "citations": [
                     *             {
                     *               "source_id": "kair-group-therapy-unpacked",
                     *               "excerpt": "Ketamine Group Therapy Unpacked – Why Healing is Better Together",
                     *               "section": "Title"
                     *             },
                     *             {
                     *               "source_id": "kair-group-therapy-unpacked",
                     *               "excerpt": "At KAIR Program, we emphasize finding providers",
                     *               "section": "Finding your team"
                     *             }
                     *           ],
                     *           "version": 1,
                     *           "created_at": "2026-11-22T00:00:00.000Z",
                     *           "updated_at": "2026-11-22T00:00:00.000Z"
                     *         }
                     *       ],
                     *       "meta": {
                     *         "total": 1,
                     *         "limit": 20,
                     *         "next_cursor": null,
                     *         "sort": [
                     *           "title",
                     *           "id"
                     *         ]
                     *       },
                     *       "links": {
                     *         "self": "/v1/sources",
                     *         "next": null
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: (components["schemas"]["Source"] | components["schemas"]["SourceSparse"])[];
                        meta: components["schemas"]["ListMeta"];
                        links: components["schemas"]["ListLinks"];
                    };
                    /**
                     * @example id,title,publisher,authors,year,url,kind,updated,citations,version,created_at,updated_at
                     *     …
                     */
                    "text/csv": string;
                    /** @example {"id":"…"} */
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportSourcesCsv: {
        parameters: {
            query?: {
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `title`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "title" | "-title" | "year" | "-year" | "updated_at" | "-updated_at")[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
                /** @description Kind of source. Comma-separated or repeated. */
                kind?: ("article" | "journal_article" | "website" | "guideline" | "directory")[];
                /** @description Publication year. Lower bound, inclusive. */
                year_gte?: number;
                /** @description Publication year. Upper bound, inclusive. */
                year_lte?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, streamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id,title,publisher,authors,year,url,kind,updated,citations,version,created_at,updated_at
                     *     …
                     */
                    "text/csv": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportSourcesNdjson: {
        parameters: {
            query?: {
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `title`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "title" | "-title" | "year" | "-year" | "updated_at" | "-updated_at")[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
                /** @description Kind of source. Comma-separated or repeated. */
                kind?: ("article" | "journal_article" | "website" | "guideline" | "directory")[];
                /** @description Publication year. Lower bound, inclusive. */
                year_gte?: number;
                /** @description Publication year. Upper bound, inclusive. */
                year_lte?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, streamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {"id":"…"} */
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSource: {
        parameters: {
            query?: {
                /** @description Return only these fields (`id` is always returned). Comma-separated or repeated. */
                fields?: ("title" | "publisher" | "authors" | "year" | "url" | "kind" | "updated" | "citations" | "version" | "created_at" | "updated_at")[];
            };
            header?: never;
            path: {
                /**
                 * @description Stable string identifier (slug).
                 * @example roots-to-thrive-group
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One Source. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "kair-group-therapy-unpacked",
                     *         "title": "Ketamine Group Therapy Unpacked – Why Healing is Better Together",
                     *         "publisher": "KAIR Program",
                     *         "authors": [],
                     *         "year": null,
                     *         "url": null,
                     *         "kind": "article",
                     *         "updated": null,
                     *         "citations": [
                     *           {
                     *             "source_id": "kair-group-therapy-unpacked",
                     *             "excerpt": "Ketamine Group Therapy Unpacked – Why Healing is Better Together",
                     *             "section": "Title"
                     *           },
                     *           {
                     *             "source_id": "kair-group-therapy-unpacked",
                     *             "excerpt": "At KAIR Program, we emphasize finding providers",
                     *             "section": "Finding your team"
                     *           }
                     *         ],
                     *         "version": 1,
                     *         "created_at": "2026-11-22T00:00:00.000Z",
                     *         "updated_at": "2026-11-22T00:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Source"] | components["schemas"]["SourceSparse"];
                    };
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "No such record or route.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrganizations: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description Opaque cursor from `meta.next_cursor` of the previous page. Only valid with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `name`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "name" | "-name" | "country" | "-country" | "updated_at" | "-updated_at")[];
                /** @description Return only these fields (`id` is always returned). Comma-separated or repeated. */
                fields?: ("name" | "kind" | "description" | "parent_organization_id" | "partner_organization_ids" | "city" | "region" | "country" | "website" | "named_in_source" | "citations" | "version" | "created_at" | "updated_at")[];
                /** @description Embed related records: `programs` (the programs it runs); `sources` (the sources its citations quote). Comma-separated or repeated. */
                include?: ("programs" | "sources")[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
                /** @description Kind of organization. Comma-separated or repeated. */
                kind?: ("clinic" | "clinic_network" | "non_profit" | "university" | "community_organization" | "first_nation" | "fund" | "program_provider")[];
                /** @description ISO 3166-1 alpha-2 country. Comma-separated or repeated. */
                country?: string[];
                /** @description Province or state code (e.g. BC). Comma-separated or repeated. */
                region?: string[];
                /** @description City, exactly as stored (e.g. Nanaimo). Comma-separated or repeated. */
                city?: string[];
                /** @description Network the organization belongs to. Comma-separated or repeated. */
                parent_organization_id?: string[];
                /** @description Whether the source names the organization. `true` or `false`. */
                named_in_source?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of organizations as JSON; with `Accept: text/csv` or `application/x-ndjson`, every matching record as a stream (as /v1/organizations.csv and .ndjson). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "roots-to-thrive",
                     *           "name": "Roots to Thrive",
                     *           "kind": "non_profit",
                     *           "description": "Non-profit in Nanaimo, BC, that runs Canada's most established published group ketamine-assisted therapy (KAT) model, in partnership with Vancouver Island University and the Snuneymuxw Community Wellness Centre, with a Snuneymuxw First Nation partnership (Elders and knowledge keepers integrated). It offers a 12-week group cohort and a 6-week individual track. The Indigenous Reconciliation Fund supports First Nations cohort participants. Its clinical protocol was published by Dames et al. (Frontiers in Psychiatry, 2025) and safety/tolerability data by Tsang et al. (European Psychiatry, 2023).",
                     *           "parent_organization_id": null,
                     *           "partner_organization_ids": [
                     *             "vancouver-island-university",
                     *             "snuneymuxw-community-wellness-centre",
                     *             "snuneymuxw-first-nation"
                     *           ],
                     *           "city": "Nanaimo",
                     *           "region": "BC",
                     *           "country": "CA",
                     *           "website": "https://rootstothrive.com/",
                     *           "named_in_source": true,
                     *           "citations": [
                     *             {
                     *               "source_id": "group-ketamine-therapy-canada",
                     *               "excerpt": "The published exception — and Canada's most established group KAT model — is Roots to Thrive in Nanaimo, BC",
                     *               "section": "Ketamine and esketamine access"
                     *             },
                     *             {
                     *               "source_id": "group-ketamine-therapy-canada",
                     *               "excerpt": "OperatorRoots to Thrive (non-profit) in partnership with Vancouver Island University and the Snuneymuxw Community Wellness Centre",
                     *               "section": "Roots to Thrive — Canada's leading published group KAT model"
                     *             },
                     *             {
                     *               "source_id": "group-ketamine-therapy-canada",
                     *               "excerpt": "Program duration12 weeks (group cohort); 6 weeks (individual track)",
                     *               "section": "Roots to Thrive — Canada's leading published group KAT model"
                     *             },
                     *             {
                     *               "source_id": "group-ketamine-therapy-canada",
                     *               "excerpt": "Indigenous wellness integrationSnuneymuxw First Nation partnership; Elders and knowledge keepers integrated; Indigenous Reconciliation Fund support for First Nations cohort participants",
                     *               "section": "Roots to Thrive — Canada's leading published group KAT model"
                     *             },
                     *             {
                     *               "source_id": "group-ketamine-therapy-canada",
                     *               "excerpt": "The model has now been published in peer-reviewed clinical-protocol form (Dames et al., Frontiers in Psychiatry, 2025)",
                     *               "section": "Ketamine and esketamine access"
                     *             },
                     *             {
                     *               "source_id": "group-ketamine-therapy-canada",
                     *               "excerpt": "(Tsang et al., European Psychiatry, 2023)",
                     *               "section": "Key takeaways"
                     *             },
                     *             {
                     *               "source_id": "group-ketamine-therapy-canada",
                     *               "excerpt": "Roots to Thrive: https://rootstothrive.com/",
                     *               "section": "Sources"
                     *             }
                     *           ],
                     *           "version": 1,
                     *           "created_at": "2026-11-22T00:00:00.000Z",
                     *           "updated_at": "2026-11-22T00:00:00.000Z"
                     *         }
                     *       ],
                     *       "meta": {
                     *         "total": 1,
                     *         "limit": 20,
                     *         "next_cursor": null,
                     *         "sort": [
                     *           "name",
                     *           "id"
                     *         ]
                     *       },
                     *       "links": {
                     *         "self": "/v1/organizations",
                     *         "next": null
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: (components["schemas"]["OrganizationExpanded"] | components["schemas"]["OrganizationSparse"])[];
                        meta: components["schemas"]["ListMeta"];
                        links: components["schemas"]["ListLinks"];
                    };
                    /**
                     * @example id,name,kind,description,parent_organization_id,partner_organization_ids,city,region,country,website,named_in_source,citations,version,created_at,updated_at
                     *     …
                     */
                    "text/csv": string;
                    /** @example {"id":"…"} */
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportOrganizationsCsv: {
        parameters: {
            query?: {
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `name`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "name" | "-name" | "country" | "-country" | "updated_at" | "-updated_at")[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
                /** @description Kind of organization. Comma-separated or repeated. */
                kind?: ("clinic" | "clinic_network" | "non_profit" | "university" | "community_organization" | "first_nation" | "fund" | "program_provider")[];
                /** @description ISO 3166-1 alpha-2 country. Comma-separated or repeated. */
                country?: string[];
                /** @description Province or state code (e.g. BC). Comma-separated or repeated. */
                region?: string[];
                /** @description City, exactly as stored (e.g. Nanaimo). Comma-separated or repeated. */
                city?: string[];
                /** @description Network the organization belongs to. Comma-separated or repeated. */
                parent_organization_id?: string[];
                /** @description Whether the source names the organization. `true` or `false`. */
                named_in_source?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, streamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id,name,kind,description,parent_organization_id,partner_organization_ids,city,region,country,website,named_in_source,citations,version,created_at,updated_at
                     *     …
                     */
                    "text/csv": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportOrganizationsNdjson: {
        parameters: {
            query?: {
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `name`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "name" | "-name" | "country" | "-country" | "updated_at" | "-updated_at")[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
                /** @description Kind of organization. Comma-separated or repeated. */
                kind?: ("clinic" | "clinic_network" | "non_profit" | "university" | "community_organization" | "first_nation" | "fund" | "program_provider")[];
                /** @description ISO 3166-1 alpha-2 country. Comma-separated or repeated. */
                country?: string[];
                /** @description Province or state code (e.g. BC). Comma-separated or repeated. */
                region?: string[];
                /** @description City, exactly as stored (e.g. Nanaimo). Comma-separated or repeated. */
                city?: string[];
                /** @description Network the organization belongs to. Comma-separated or repeated. */
                parent_organization_id?: string[];
                /** @description Whether the source names the organization. `true` or `false`. */
                named_in_source?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, streamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {"id":"…"} */
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganization: {
        parameters: {
            query?: {
                /** @description Return only these fields (`id` is always returned). Comma-separated or repeated. */
                fields?: ("name" | "kind" | "description" | "parent_organization_id" | "partner_organization_ids" | "city" | "region" | "country" | "website" | "named_in_source" | "citations" | "version" | "created_at" | "updated_at")[];
                /** @description Embed related records: `programs` (the programs it runs); `sources` (the sources its citations quote). Comma-separated or repeated. */
                include?: ("programs" | "sources")[];
            };
            header?: never;
            path: {
                /**
                 * @description Stable string identifier (slug).
                 * @example roots-to-thrive-group
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One Organization; schema.org JSON-LD with `Accept: application/ld+json`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "roots-to-thrive",
                     *         "name": "Roots to Thrive",
                     *         "kind": "non_profit",
                     *         "description": "Non-profit in Nanaimo, BC, that runs Canada's most established published group ketamine-assisted therapy (KAT) model, in partnership with Vancouver Island University and the Snuneymuxw Community Wellness Centre, with a Snuneymuxw First Nation partnership (Elders and knowledge keepers integrated). It offers a 12-week group cohort and a 6-week individual track. The Indigenous Reconciliation Fund supports First Nations cohort participants. Its clinical protocol was published by Dames et al. (Frontiers in Psychiatry, 2025) and safety/tolerability data by Tsang et al. (European Psychiatry, 2023).",
                     *         "parent_organization_id": null,
                     *         "partner_organization_ids": [
                     *           "vancouver-island-university",
                     *           "snuneymuxw-community-wellness-centre",
                     *           "snuneymuxw-first-nation"
                     *         ],
                     *         "city": "Nanaimo",
                     *         "region": "BC",
                     *         "country": "CA",
                     *         "website": "https://rootstothrive.com/",
                     *         "named_in_source": true,
                     *         "citations": [
                     *           {
                     *             "source_id": "group-ketamine-therapy-canada",
                     *             "excerpt": "The published exception — and Canada's most established group KAT model — is Roots to Thrive in Nanaimo, BC",
                     *             "section": "Ketamine and esketamine access"
                     *           },
                     *           {
                     *             "source_id": "group-ketamine-therapy-canada",
                     *             "excerpt": "OperatorRoots to Thrive (non-profit) in partnership with Vancouver Island University and the Snuneymuxw Community Wellness Centre",
                     *             "section": "Roots to Thrive — Canada's leading published group KAT model"
                     *           },
                     *           {
                     *             "source_id": "group-ketamine-therapy-canada",
                     *             "excerpt": "Program duration12 weeks (group cohort); 6 weeks (individual track)",
                     *             "section": "Roots to Thrive — Canada's leading published group KAT model"
                     *           },
                     *           {
                     *             "source_id": "group-ketamine-therapy-canada",
                     *             "excerpt": "Indigenous wellness integrationSnuneymuxw First Nation partnership; Elders and knowledge keepers integrated; Indigenous Reconciliation Fund support for First Nations cohort participants",
                     *             "section": "Roots to Thrive — Canada's leading published group KAT model"
                     *           },
                     *           {
                     *             "source_id": "group-ketamine-therapy-canada",
                     *             "excerpt": "The model has now been published in peer-reviewed clinical-protocol form (Dames et al., Frontiers in Psychiatry, 2025)",
                     *             "section": "Ketamine and esketamine access"
                     *           },
                     *           {
                     *             "source_id": "group-ketamine-therapy-canada",
                     *             "excerpt": "(Tsang et al., European Psychiatry, 2023)",
                     *             "section": "Key takeaways"
                     *           },
                     *           {
                     *             "source_id": "group-ketamine-therapy-canada",
                     *             "excerpt": "Roots to Thrive: https://rootstothrive.com/",
                     *             "section": "Sources"
                     *           }
                     *         ],
                     *         "version": 1,
                     *         "created_at": "2026-11-22T00:00:00.000Z",
                     *         "updated_at": "2026-11-22T00:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["OrganizationExpanded"] | components["schemas"]["OrganizationSparse"];
                    };
                    /**
                     * @example {
                     *       "@context": "https://schema.org",
                     *       "@type": "MedicalStudy",
                     *       "@id": "/v1/studies/x",
                     *       "name": "…"
                     *     }
                     */
                    "application/ld+json": {
                        /** @enum {string} */
                        "@context": "https://schema.org";
                        "@type": string | string[];
                        "@id": string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "No such record or route.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganizationJsonLd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Stable string identifier (slug).
                 * @example roots-to-thrive-group
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON-LD */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "@context": "https://schema.org",
                     *       "@type": "MedicalStudy",
                     *       "@id": "/v1/studies/x",
                     *       "name": "…"
                     *     }
                     */
                    "application/ld+json": {
                        /** @enum {string} */
                        "@context": "https://schema.org";
                        "@type": string | string[];
                        "@id": string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "No such record or route.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDosingRoutes: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description Opaque cursor from `meta.next_cursor` of the previous page. Only valid with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `name`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "name" | "-name" | "updated_at" | "-updated_at")[];
                /** @description Return only these fields (`id` is always returned). Comma-separated or repeated. */
                fields?: ("name" | "abbreviation" | "forms" | "dose_min" | "dose_max" | "dose_unit" | "description" | "used_in_group_settings" | "citations" | "version" | "created_at" | "updated_at")[];
                /** @description Embed related records: `sources` (the sources its citations quote). Comma-separated or repeated. */
                include?: "sources"[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
                /** @description Unit of the dose range. Comma-separated or repeated. */
                dose_unit?: ("mg/kg" | "mg")[];
                /** @description Whether the source says the route is used in group settings. Comma-separated or repeated. */
                used_in_group_settings?: ("yes" | "less_common" | "not_stated")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of dosing-routes as JSON; with `Accept: text/csv` or `application/x-ndjson`, every matching record as a stream (as /v1/dosing-routes.csv and .ndjson). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "intramuscular",
                     *           "name": "Intramuscular injection",
                     *           "abbreviation": "IM",
                     *           "forms": [
                     *             "injection"
                     *           ],
                     *           "dose_min": 0.5,
                     *           "dose_max": 1.5,
                     *           "dose_unit": "mg/kg",
                     *           "description": "Intramuscular injection (IM) for precise dosing and reliable absorption. The KAIR article gives typical doses of 0.5mg/kg to 1.5mg/kg for intramuscular administration, carefully adjusted for individual factors and treatment goals. Roots to Thrive's group cohorts use IM or sublingual ketamine sessions.",
                     *           "used_in_group_settings": "yes",
                     *           "citations": [
                     *             {
                     *               "source_id": "kair-group-therapy-unpacked",
                     *               "excerpt": "Intramuscular injection (IM) for precise dosing and reliable absorption",
                     *               "section": "The dosing experience"
                     *             },
                     *             {
                     *               "source_id": "kair-group-therapy-unpacked",
                     *               "excerpt": "Dosages typically range from 0.5mg/kg to 1.5mg/kg for intramuscular administration, or 100mg to 400mg for sublingual, carefully adjusted for your individual factors and treatment goals.",
                     *               "section": "The dosing experience"
                     *             },
                     *             {
                     *               "source_id": "group-ketamine-therapy-canada",
                     *               "excerpt": "12-week cohort with 3 IM or SL ketamine sessions",
                     *               "section": "Key takeaways"
                     *             }
                     *           ],
                     *           "version": 1,
                     *           "created_at": "2026-11-22T00:00:00.000Z",
                     *           "updated_at": "2026-11-22T00:00:00.000Z"
                     *         }
                     *       ],
                     *       "meta": {
                     *         "total": 1,
                     *         "limit": 20,
                     *         "next_cursor": null,
                     *         "sort": [
                     *           "name",
                     *           "id"
                     *         ]
                     *       },
                     *       "links": {
                     *         "self": "/v1/dosing-routes",
                     *         "next": null
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: (components["schemas"]["DosingRouteExpanded"] | components["schemas"]["DosingRouteSparse"])[];
                        meta: components["schemas"]["ListMeta"];
                        links: components["schemas"]["ListLinks"];
                    };
                    /**
                     * @example id,name,abbreviation,forms,dose_min,dose_max,dose_unit,description,used_in_group_settings,citations,version,created_at,updated_at
                     *     …
                     */
                    "text/csv": string;
                    /** @example {"id":"…"} */
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportDosingRoutesCsv: {
        parameters: {
            query?: {
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `name`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "name" | "-name" | "updated_at" | "-updated_at")[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
                /** @description Unit of the dose range. Comma-separated or repeated. */
                dose_unit?: ("mg/kg" | "mg")[];
                /** @description Whether the source says the route is used in group settings. Comma-separated or repeated. */
                used_in_group_settings?: ("yes" | "less_common" | "not_stated")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, streamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id,name,abbreviation,forms,dose_min,dose_max,dose_unit,description,used_in_group_settings,citations,version,created_at,updated_at
                     *     …
                     */
                    "text/csv": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportDosingRoutesNdjson: {
        parameters: {
            query?: {
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `name`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "name" | "-name" | "updated_at" | "-updated_at")[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
                /** @description Unit of the dose range. Comma-separated or repeated. */
                dose_unit?: ("mg/kg" | "mg")[];
                /** @description Whether the source says the route is used in group settings. Comma-separated or repeated. */
                used_in_group_settings?: ("yes" | "less_common" | "not_stated")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, streamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {"id":"…"} */
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDosingRoute: {
        parameters: {
            query?: {
                /** @description Return only these fields (`id` is always returned). Comma-separated or repeated. */
                fields?: ("name" | "abbreviation" | "forms" | "dose_min" | "dose_max" | "dose_unit" | "description" | "used_in_group_settings" | "citations" | "version" | "created_at" | "updated_at")[];
                /** @description Embed related records: `sources` (the sources its citations quote). Comma-separated or repeated. */
                include?: "sources"[];
            };
            header?: never;
            path: {
                /**
                 * @description Stable string identifier (slug).
                 * @example roots-to-thrive-group
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One DosingRoute. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "intramuscular",
                     *         "name": "Intramuscular injection",
                     *         "abbreviation": "IM",
                     *         "forms": [
                     *           "injection"
                     *         ],
                     *         "dose_min": 0.5,
                     *         "dose_max": 1.5,
                     *         "dose_unit": "mg/kg",
                     *         "description": "Intramuscular injection (IM) for precise dosing and reliable absorption. The KAIR article gives typical doses of 0.5mg/kg to 1.5mg/kg for intramuscular administration, carefully adjusted for individual factors and treatment goals. Roots to Thrive's group cohorts use IM or sublingual ketamine sessions.",
                     *         "used_in_group_settings": "yes",
                     *         "citations": [
                     *           {
                     *             "source_id": "kair-group-therapy-unpacked",
                     *             "excerpt": "Intramuscular injection (IM) for precise dosing and reliable absorption",
                     *             "section": "The dosing experience"
                     *           },
                     *           {
                     *             "source_id": "kair-group-therapy-unpacked",
                     *             "excerpt": "Dosages typically range from 0.5mg/kg to 1.5mg/kg for intramuscular administration, or 100mg to 400mg for sublingual, carefully adjusted for your individual factors and treatment goals.",
                     *             "section": "The dosing experience"
                     *           },
                     *           {
                     *             "source_id": "group-ketamine-therapy-canada",
                     *             "excerpt": "12-week cohort with 3 IM or SL ketamine sessions",
                     *             "section": "Key takeaways"
                     *           }
                     *         ],
                     *         "version": 1,
                     *         "created_at": "2026-11-22T00:00:00.000Z",
                     *         "updated_at": "2026-11-22T00:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["DosingRouteExpanded"] | components["schemas"]["DosingRouteSparse"];
                    };
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "No such record or route.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPrograms: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description Opaque cursor from `meta.next_cursor` of the previous page. Only valid with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `name`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "name" | "-name" | "format" | "-format" | "duration_weeks" | "-duration_weeks" | "medicine_sessions" | "-medicine_sessions" | "country" | "-country" | "updated_at" | "-updated_at")[];
                /** @description Return only these fields (`id` is always returned). Comma-separated or repeated. */
                fields?: ("name" | "organization_id" | "format" | "dosing_setting" | "integration_setting" | "generic" | "duration_weeks" | "medicine_sessions" | "medicine_sessions_max" | "group_size_min" | "group_size_max" | "structure" | "city" | "region" | "country" | "routes" | "conditions" | "description" | "financial_assistance" | "citations" | "version" | "created_at" | "updated_at")[];
                /** @description Embed related records: `organization` (the organization that runs it); `prices` (its prices); `dosing_routes` (its dosing routes); `sources` (the sources its citations quote). Comma-separated or repeated. */
                include?: ("organization" | "prices" | "dosing_routes" | "sources")[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
                /** @description Treatment format. Comma-separated or repeated. */
                format?: ("group" | "individual")[];
                /** @description Where dosing happens. Comma-separated or repeated. */
                dosing_setting?: ("group" | "individual" | "not_stated")[];
                /** @description Where integration happens. Comma-separated or repeated. */
                integration_setting?: ("group" | "individual" | "not_stated")[];
                /** @description Organization that runs it. Comma-separated or repeated. */
                organization_id?: string[];
                /** @description Generic models described by the sources (true) or named programs (false). `true` or `false`. */
                generic?: "true" | "false";
                /** @description ISO 3166-1 alpha-2 country. Comma-separated or repeated. */
                country?: string[];
                /** @description Province or state code (e.g. BC). Comma-separated or repeated. */
                region?: string[];
                /** @description City, exactly as stored (e.g. Nanaimo). Comma-separated or repeated. */
                city?: string[];
                /** @description Offers one of these dosing routes (ids from /v1/dosing-routes). Comma-separated or repeated. */
                route?: string[];
                /** @description Addresses one of these conditions. Comma-separated or repeated. */
                condition?: components["schemas"]["ConditionInput"][];
                /** @description Program length in weeks. Lower bound, inclusive. */
                duration_weeks_gte?: number;
                /** @description Program length in weeks. Upper bound, inclusive. */
                duration_weeks_lte?: number;
                /** @description Number of ketamine sessions (lower bound of a range). Lower bound, inclusive. */
                medicine_sessions_gte?: number;
                /** @description Number of ketamine sessions (lower bound of a range). Upper bound, inclusive. */
                medicine_sessions_lte?: number;
                /** @description Has a price in one of these currencies (ISO 4217). With price_lte/price_gte, one price must match all of them: amounts are never converted. Comma-separated or repeated. */
                price_currency?: string[];
                /** @description Has a price whose lower amount is at most this, in major units (e.g. 3000). */
                price_lte?: number;
                /** @description Has a price whose upper amount (or only amount) is at least this, in major units. */
                price_gte?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of programs as JSON; with `Accept: text/csv` or `application/x-ndjson`, every matching record as a stream (as /v1/programs.csv and .ndjson). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "roots-to-thrive-group",
                     *           "name": "Roots to Thrive Group (12-week cohort)",
                     *           "organization_id": "roots-to-thrive",
                     *           "format": "group",
                     *           "dosing_setting": "group",
                     *           "integration_setting": "group",
                     *           "generic": false,
                     *           "duration_weeks": 12,
                     *           "medicine_sessions": 3,
                     *           "medicine_sessions_max": null,
                     *           "group_size_min": 20,
                     *           "group_size_max": 40,
                     *           "structure": "20–40 participants per cohort, broken into 6–9-person process groups; ~1:3 to 1:4 facilitator-to-participant ratio. Participants are dosed in a shared room, supported by a multi-disciplinary facilitation team, with subgroup process work and community sessions across the cohort. Weekly community-of-practice large-group plus small-group sessions.",
                     *           "city": "Nanaimo",
                     *           "region": "BC",
                     *           "country": "CA",
                     *           "routes": [
                     *             "intramuscular",
                     *             "sublingual"
                     *           ],
                     *           "conditions": [],
                     *           "description": "Canada's leading published group KAT model (group dosing + group integration). A 12-week cohort integrating 3 IM or sublingual ketamine sessions with weekly community-of-practice group work, somatic and trauma-informed integration, and Indigenous wellness contributions (Snuneymuxw First Nation partnership through the Snuneymuxw Community Wellness Centre; Elders and knowledge keepers integrated). The curriculum is a 12-week trauma-informed, somatic, relational arc. Intake assesses readiness for group format; not every clinically eligible KAT patient is a group fit. The clinical protocol is published (Dames et al., Frontiers in Psychiatry, 2025). The article does not name the conditions the program treats.",
                     *           "financial_assistance": [
                     *             "Indigenous Reconciliation Fund support for First Nations cohort participants"
                     *           ],
                     *           "citations": [
                     *             {
                     *               "source_id": "group-ketamine-therapy-canada",
                     *               "excerpt": "Roots to Thrive runs 12-week cohorts integrating three IM or sublingual ketamine sessions with weekly community-of-practice group work, somatic and trauma-informed integration",
                     *               "section": "Ketamine and esketamine access"
                     *             },
                     *             {
                     *               "source_id": "group-ketamine-therapy-canada",
                     *               "excerpt": "Program duration12 weeks (group cohort); 6 weeks (individual track)",
                     *               "section": "Roots to Thrive — Canada's leading published group KAT model"
                     *             },
                     *             {
                     *               "source_id": "group-ketamine-therapy-canada",
                     *               "excerpt": "Ketamine sessions3 IM or sublingual sessions across the program",
                     *               "section": "Roots to Thrive — Canada's leading published group KAT model"
                     *             },
                     *             {
                     *               "source_id": "group-ketamine-therapy-canada",
                     *               "excerpt": "Group structure20–40 participants per cohort, broken into 6–9-person process groups; ~1:3 to 1:4 facilitator-to-participant ratio",
                     *               "section": "Roots to Thrive — Canada's leading published group KAT model"
                     *             },
                     *             {
                     *               "source_id": "group-ketamine-therapy-canada",
                     *               "excerpt": "Curriculum12-week trauma-informed, somatic, relational arc; weekly community-of-practice large-group plus small-group sessions",
                     *               "section": "Roots to Thrive — Canada's leading published group KAT model"
                     *             },
                     *             {
                     *               "source_id": "group-ketamine-therapy-canada",
                     *               "excerpt": "Participants are dosed in a shared room, supported by a multi-disciplinary facilitation team, with subgroup process work and community sessions across the cohort.",
                     *               "section": "What is group ketamine-assisted therapy?"
                     *             },
                     *             {
                     *               "source_id": "group-ketamine-therapy-canada",
                     *               "excerpt": "Indigenous wellness integrationSnuneymuxw First Nation partnership; Elders and knowledge keepers integrated; Indigenous Reconciliation Fund support for First Nations cohort participants",
                     *               "section": "Roots to Thrive — Canada's leading published group KAT model"
                     *             },
                     *             {
                     *               "source_id": "group-ketamine-therapy-canada",
                     *               "excerpt": "Roots to Thrive's intake assesses readiness for group format; not every clinically eligible KAT patient is a group fit.",
                     *               "section": "What is harder in group format"
                     *             }
                     *           ],
                     *           "version": 1,
                     *           "created_at": "2026-11-22T00:00:00.000Z",
                     *           "updated_at": "2026-11-22T00:00:00.000Z"
                     *         }
                     *       ],
                     *       "meta": {
                     *         "total": 1,
                     *         "limit": 20,
                     *         "next_cursor": null,
                     *         "sort": [
                     *           "name",
                     *           "id"
                     *         ]
                     *       },
                     *       "links": {
                     *         "self": "/v1/programs",
                     *         "next": null
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: (components["schemas"]["ProgramExpanded"] | components["schemas"]["ProgramSparse"])[];
                        meta: components["schemas"]["ListMeta"];
                        links: components["schemas"]["ListLinks"];
                    };
                    /**
                     * @example id,name,organization_id,format,dosing_setting,integration_setting,generic,duration_weeks,medicine_sessions,medicine_sessions_max,group_size_min,group_size_max,structure,city,region,country,routes,conditions,description,financial_assistance,citations,version,created_at,updated_at
                     *     …
                     */
                    "text/csv": string;
                    /** @example {"id":"…"} */
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportProgramsCsv: {
        parameters: {
            query?: {
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `name`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "name" | "-name" | "format" | "-format" | "duration_weeks" | "-duration_weeks" | "medicine_sessions" | "-medicine_sessions" | "country" | "-country" | "updated_at" | "-updated_at")[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
                /** @description Treatment format. Comma-separated or repeated. */
                format?: ("group" | "individual")[];
                /** @description Where dosing happens. Comma-separated or repeated. */
                dosing_setting?: ("group" | "individual" | "not_stated")[];
                /** @description Where integration happens. Comma-separated or repeated. */
                integration_setting?: ("group" | "individual" | "not_stated")[];
                /** @description Organization that runs it. Comma-separated or repeated. */
                organization_id?: string[];
                /** @description Generic models described by the sources (true) or named programs (false). `true` or `false`. */
                generic?: "true" | "false";
                /** @description ISO 3166-1 alpha-2 country. Comma-separated or repeated. */
                country?: string[];
                /** @description Province or state code (e.g. BC). Comma-separated or repeated. */
                region?: string[];
                /** @description City, exactly as stored (e.g. Nanaimo). Comma-separated or repeated. */
                city?: string[];
                /** @description Offers one of these dosing routes (ids from /v1/dosing-routes). Comma-separated or repeated. */
                route?: string[];
                /** @description Addresses one of these conditions. Comma-separated or repeated. */
                condition?: components["schemas"]["ConditionInput"][];
                /** @description Program length in weeks. Lower bound, inclusive. */
                duration_weeks_gte?: number;
                /** @description Program length in weeks. Upper bound, inclusive. */
                duration_weeks_lte?: number;
                /** @description Number of ketamine sessions (lower bound of a range). Lower bound, inclusive. */
                medicine_sessions_gte?: number;
                /** @description Number of ketamine sessions (lower bound of a range). Upper bound, inclusive. */
                medicine_sessions_lte?: number;
                /** @description Has a price in one of these currencies (ISO 4217). With price_lte/price_gte, one price must match all of them: amounts are never converted. Comma-separated or repeated. */
                price_currency?: string[];
                /** @description Has a price whose lower amount is at most this, in major units (e.g. 3000). */
                price_lte?: number;
                /** @description Has a price whose upper amount (or only amount) is at least this, in major units. */
                price_gte?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, streamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id,name,organization_id,format,dosing_setting,integration_setting,generic,duration_weeks,medicine_sessions,medicine_sessions_max,group_size_min,group_size_max,structure,city,region,country,routes,conditions,description,financial_assistance,citations,version,created_at,updated_at
                     *     …
                     */
                    "text/csv": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportProgramsNdjson: {
        parameters: {
            query?: {
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `name`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "name" | "-name" | "format" | "-format" | "duration_weeks" | "-duration_weeks" | "medicine_sessions" | "-medicine_sessions" | "country" | "-country" | "updated_at" | "-updated_at")[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
                /** @description Treatment format. Comma-separated or repeated. */
                format?: ("group" | "individual")[];
                /** @description Where dosing happens. Comma-separated or repeated. */
                dosing_setting?: ("group" | "individual" | "not_stated")[];
                /** @description Where integration happens. Comma-separated or repeated. */
                integration_setting?: ("group" | "individual" | "not_stated")[];
                /** @description Organization that runs it. Comma-separated or repeated. */
                organization_id?: string[];
                /** @description Generic models described by the sources (true) or named programs (false). `true` or `false`. */
                generic?: "true" | "false";
                /** @description ISO 3166-1 alpha-2 country. Comma-separated or repeated. */
                country?: string[];
                /** @description Province or state code (e.g. BC). Comma-separated or repeated. */
                region?: string[];
                /** @description City, exactly as stored (e.g. Nanaimo). Comma-separated or repeated. */
                city?: string[];
                /** @description Offers one of these dosing routes (ids from /v1/dosing-routes). Comma-separated or repeated. */
                route?: string[];
                /** @description Addresses one of these conditions. Comma-separated or repeated. */
                condition?: components["schemas"]["ConditionInput"][];
                /** @description Program length in weeks. Lower bound, inclusive. */
                duration_weeks_gte?: number;
                /** @description Program length in weeks. Upper bound, inclusive. */
                duration_weeks_lte?: number;
                /** @description Number of ketamine sessions (lower bound of a range). Lower bound, inclusive. */
                medicine_sessions_gte?: number;
                /** @description Number of ketamine sessions (lower bound of a range). Upper bound, inclusive. */
                medicine_sessions_lte?: number;
                /** @description Has a price in one of these currencies (ISO 4217). With price_lte/price_gte, one price must match all of them: amounts are never converted. Comma-separated or repeated. */
                price_currency?: string[];
                /** @description Has a price whose lower amount is at most this, in major units (e.g. 3000). */
                price_lte?: number;
                /** @description Has a price whose upper amount (or only amount) is at least this, in major units. */
                price_gte?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, streamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {"id":"…"} */
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProgram: {
        parameters: {
            query?: {
                /** @description Return only these fields (`id` is always returned). Comma-separated or repeated. */
                fields?: ("name" | "organization_id" | "format" | "dosing_setting" | "integration_setting" | "generic" | "duration_weeks" | "medicine_sessions" | "medicine_sessions_max" | "group_size_min" | "group_size_max" | "structure" | "city" | "region" | "country" | "routes" | "conditions" | "description" | "financial_assistance" | "citations" | "version" | "created_at" | "updated_at")[];
                /** @description Embed related records: `organization` (the organization that runs it); `prices` (its prices); `dosing_routes` (its dosing routes); `sources` (the sources its citations quote). Comma-separated or repeated. */
                include?: ("organization" | "prices" | "dosing_routes" | "sources")[];
            };
            header?: never;
            path: {
                /**
                 * @description Stable string identifier (slug).
                 * @example roots-to-thrive-group
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One Program; schema.org JSON-LD with `Accept: application/ld+json`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "roots-to-thrive-group",
                     *         "name": "Roots to Thrive Group (12-week cohort)",
                     *         "organization_id": "roots-to-thrive",
                     *         "format": "group",
                     *         "dosing_setting": "group",
                     *         "integration_setting": "group",
                     *         "generic": false,
                     *         "duration_weeks": 12,
                     *         "medicine_sessions": 3,
                     *         "medicine_sessions_max": null,
                     *         "group_size_min": 20,
                     *         "group_size_max": 40,
                     *         "structure": "20–40 participants per cohort, broken into 6–9-person process groups; ~1:3 to 1:4 facilitator-to-participant ratio. Participants are dosed in a shared room, supported by a multi-disciplinary facilitation team, with subgroup process work and community sessions across the cohort. Weekly community-of-practice large-group plus small-group sessions.",
                     *         "city": "Nanaimo",
                     *         "region": "BC",
                     *         "country": "CA",
                     *         "routes": [
                     *           "intramuscular",
                     *           "sublingual"
                     *         ],
                     *         "conditions": [],
                     *         "description": "Canada's leading published group KAT model (group dosing + group integration). A 12-week cohort integrating 3 IM or sublingual ketamine sessions with weekly community-of-practice group work, somatic and trauma-informed integration, and Indigenous wellness contributions (Snuneymuxw First Nation partnership through the Snuneymuxw Community Wellness Centre; Elders and knowledge keepers integrated). The curriculum is a 12-week trauma-informed, somatic, relational arc. Intake assesses readiness for group format; not every clinically eligible KAT patient is a group fit. The clinical protocol is published (Dames et al., Frontiers in Psychiatry, 2025). The article does not name the conditions the program treats.",
                     *         "financial_assistance": [
                     *           "Indigenous Reconciliation Fund support for First Nations cohort participants"
                     *         ],
                     *         "citations": [
                     *           {
                     *             "source_id": "group-ketamine-therapy-canada",
                     *             "excerpt": "Roots to Thrive runs 12-week cohorts integrating three IM or sublingual ketamine sessions with weekly community-of-practice group work, somatic and trauma-informed integration",
                     *             "section": "Ketamine and esketamine access"
                     *           },
                     *           {
                     *             "source_id": "group-ketamine-therapy-canada",
                     *             "excerpt": "Program duration12 weeks (group cohort); 6 weeks (individual track)",
                     *             "section": "Roots to Thrive — Canada's leading published group KAT model"
                     *           },
                     *           {
                     *             "source_id": "group-ketamine-therapy-canada",
                     *             "excerpt": "Ketamine sessions3 IM or sublingual sessions across the program",
                     *             "section": "Roots to Thrive — Canada's leading published group KAT model"
                     *           },
                     *           {
                     *             "source_id": "group-ketamine-therapy-canada",
                     *             "excerpt": "Group structure20–40 participants per cohort, broken into 6–9-person process groups; ~1:3 to 1:4 facilitator-to-participant ratio",
                     *             "section": "Roots to Thrive — Canada's leading published group KAT model"
                     *           },
                     *           {
                     *             "source_id": "group-ketamine-therapy-canada",
                     *             "excerpt": "Curriculum12-week trauma-informed, somatic, relational arc; weekly community-of-practice large-group plus small-group sessions",
                     *             "section": "Roots to Thrive — Canada's leading published group KAT model"
                     *           },
                     *           {
                     *             "source_id": "group-ketamine-therapy-canada",
                     *             "excerpt": "Participants are dosed in a shared room, supported by a multi-disciplinary facilitation team, with subgroup process work and community sessions across the cohort.",
                     *             "section": "What is group ketamine-assisted therapy?"
                     *           },
                     *           {
                     *             "source_id": "group-ketamine-therapy-canada",
                     *             "excerpt": "Indigenous wellness integrationSnuneymuxw First Nation partnership; Elders and knowledge keepers integrated; Indigenous Reconciliation Fund support for First Nations cohort participants",
                     *             "section": "Roots to Thrive — Canada's leading published group KAT model"
                     *           },
                     *           {
                     *             "source_id": "group-ketamine-therapy-canada",
                     *             "excerpt": "Roots to Thrive's intake assesses readiness for group format; not every clinically eligible KAT patient is a group fit.",
                     *             "section": "What is harder in group format"
                     *           }
                     *         ],
                     *         "version": 1,
                     *         "created_at": "2026-11-22T00:00:00.000Z",
                     *         "updated_at": "2026-11-22T00:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["ProgramExpanded"] | components["schemas"]["ProgramSparse"];
                    };
                    /**
                     * @example {
                     *       "@context": "https://schema.org",
                     *       "@type": "MedicalStudy",
                     *       "@id": "/v1/studies/x",
                     *       "name": "…"
                     *     }
                     */
                    "application/ld+json": {
                        /** @enum {string} */
                        "@context": "https://schema.org";
                        "@type": string | string[];
                        "@id": string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "No such record or route.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProgramJsonLd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Stable string identifier (slug).
                 * @example roots-to-thrive-group
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON-LD */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "@context": "https://schema.org",
                     *       "@type": "MedicalStudy",
                     *       "@id": "/v1/studies/x",
                     *       "name": "…"
                     *     }
                     */
                    "application/ld+json": {
                        /** @enum {string} */
                        "@context": "https://schema.org";
                        "@type": string | string[];
                        "@id": string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "No such record or route.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPrices: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description Opaque cursor from `meta.next_cursor` of the previous page. Only valid with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `currency,amount_min`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "label" | "-label" | "currency" | "-currency" | "unit" | "-unit" | "format" | "-format" | "updated_at" | "-updated_at" | "amount_min" | "-amount_min" | "amount_max" | "-amount_max")[];
                /** @description Return only these fields (`id` is always returned). Comma-separated or repeated. */
                fields?: ("program_id" | "label" | "format" | "amount_min" | "amount_max" | "open_ended" | "approximate" | "amount_text" | "currency" | "currency_implied" | "unit" | "sessions_included" | "sessions_included_max" | "tax_note" | "note" | "citations" | "version" | "created_at" | "updated_at")[];
                /** @description Embed related records: `program` (the program it belongs to); `sources` (the sources its citations quote). Comma-separated or repeated. */
                include?: ("program" | "sources")[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
                /** @description Program the price belongs to. Comma-separated or repeated. */
                program_id?: string[];
                /** @description Treatment format. Comma-separated or repeated. */
                format?: ("group" | "individual")[];
                /** @description ISO 4217 currency (never converted). Comma-separated or repeated. */
                currency?: string[];
                /** @description What the amount pays for. Comma-separated or repeated. */
                unit?: ("per_session" | "per_program" | "per_additional_session" | "per_year" | "per_retreat")[];
                /** @description Lower amount, in major units. Lower bound, inclusive. */
                amount_min_gte?: number;
                /** @description Lower amount, in major units. Upper bound, inclusive. */
                amount_min_lte?: number;
                /** @description Upper amount, in major units. Lower bound, inclusive. */
                amount_max_gte?: number;
                /** @description Upper amount, in major units. Upper bound, inclusive. */
                amount_max_lte?: number;
                /** @description Whether the currency was inferred from a bare "$". `true` or `false`. */
                currency_implied?: "true" | "false";
                /** @description Whether the range has no upper bound ("+"). `true` or `false`. */
                open_ended?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of prices as JSON; with `Accept: text/csv` or `application/x-ndjson`, every matching record as a stream (as /v1/prices.csv and .ndjson). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "kair-individual-session-400-600",
                     *           "program_id": null,
                     *           "label": "Individual ketamine sessions / infusions, per session (market-wide)",
                     *           "format": "individual",
                     *           "amount_min": 400,
                     *           "amount_max": 600,
                     *           "open_ended": false,
                     *           "approximate": true,
                     *           "amount_text": "$400-$600",
                     *           "currency": "USD",
                     *           "currency_implied": true,
                     *           "unit": "per_session",
                     *           "sessions_included": null,
                     *           "sessions_included_max": null,
                     *           "tax_note": null,
                     *           "note": "Stated three times: individual sessions \"typically run $400-$600 each\", individual ketamine sessions \"often cost between $400-$600\", and individual ketamine infusions \"typically cost between $400-$600 per session\". Currency is not stated; USD is inferred.",
                     *           "citations": [
                     *             {
                     *               "source_id": "kair-group-therapy-unpacked",
                     *               "excerpt": "While individual sessions typically run $400-$600 each",
                     *               "section": "Individual vs group ketamine therapy"
                     *             },
                     *             {
                     *               "source_id": "kair-group-therapy-unpacked",
                     *               "excerpt": "While individual ketamine sessions often cost between $400-$600",
                     *               "section": "Benefits, Risks & Candidacy"
                     *             },
                     *             {
                     *               "source_id": "kair-group-therapy-unpacked",
                     *               "excerpt": "Individual ketamine infusions typically cost between $400-$600 per session",
                     *               "section": "Cost & accessibility snapshot"
                     *             }
                     *           ],
                     *           "version": 1,
                     *           "created_at": "2026-11-22T00:00:00.000Z",
                     *           "updated_at": "2026-11-22T00:00:00.000Z"
                     *         }
                     *       ],
                     *       "meta": {
                     *         "total": 1,
                     *         "limit": 20,
                     *         "next_cursor": null,
                     *         "sort": [
                     *           "currency",
                     *           "amount_min",
                     *           "id"
                     *         ]
                     *       },
                     *       "links": {
                     *         "self": "/v1/prices",
                     *         "next": null
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: (components["schemas"]["PriceExpanded"] | components["schemas"]["PriceSparse"])[];
                        meta: components["schemas"]["ListMeta"];
                        links: components["schemas"]["ListLinks"];
                    };
                    /**
                     * @example id,program_id,label,format,amount_min,amount_max,open_ended,approximate,amount_text,currency,currency_implied,unit,sessions_included,sessions_included_max,tax_note,note,citations,version,created_at,updated_at
                     *     …
                     */
                    "text/csv": string;
                    /** @example {"id":"…"} */
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportPricesCsv: {
        parameters: {
            query?: {
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `currency,amount_min`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "label" | "-label" | "currency" | "-currency" | "unit" | "-unit" | "format" | "-format" | "updated_at" | "-updated_at" | "amount_min" | "-amount_min" | "amount_max" | "-amount_max")[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
                /** @description Program the price belongs to. Comma-separated or repeated. */
                program_id?: string[];
                /** @description Treatment format. Comma-separated or repeated. */
                format?: ("group" | "individual")[];
                /** @description ISO 4217 currency (never converted). Comma-separated or repeated. */
                currency?: string[];
                /** @description What the amount pays for. Comma-separated or repeated. */
                unit?: ("per_session" | "per_program" | "per_additional_session" | "per_year" | "per_retreat")[];
                /** @description Lower amount, in major units. Lower bound, inclusive. */
                amount_min_gte?: number;
                /** @description Lower amount, in major units. Upper bound, inclusive. */
                amount_min_lte?: number;
                /** @description Upper amount, in major units. Lower bound, inclusive. */
                amount_max_gte?: number;
                /** @description Upper amount, in major units. Upper bound, inclusive. */
                amount_max_lte?: number;
                /** @description Whether the currency was inferred from a bare "$". `true` or `false`. */
                currency_implied?: "true" | "false";
                /** @description Whether the range has no upper bound ("+"). `true` or `false`. */
                open_ended?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, streamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id,program_id,label,format,amount_min,amount_max,open_ended,approximate,amount_text,currency,currency_implied,unit,sessions_included,sessions_included_max,tax_note,note,citations,version,created_at,updated_at
                     *     …
                     */
                    "text/csv": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportPricesNdjson: {
        parameters: {
            query?: {
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `currency,amount_min`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "label" | "-label" | "currency" | "-currency" | "unit" | "-unit" | "format" | "-format" | "updated_at" | "-updated_at" | "amount_min" | "-amount_min" | "amount_max" | "-amount_max")[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
                /** @description Program the price belongs to. Comma-separated or repeated. */
                program_id?: string[];
                /** @description Treatment format. Comma-separated or repeated. */
                format?: ("group" | "individual")[];
                /** @description ISO 4217 currency (never converted). Comma-separated or repeated. */
                currency?: string[];
                /** @description What the amount pays for. Comma-separated or repeated. */
                unit?: ("per_session" | "per_program" | "per_additional_session" | "per_year" | "per_retreat")[];
                /** @description Lower amount, in major units. Lower bound, inclusive. */
                amount_min_gte?: number;
                /** @description Lower amount, in major units. Upper bound, inclusive. */
                amount_min_lte?: number;
                /** @description Upper amount, in major units. Lower bound, inclusive. */
                amount_max_gte?: number;
                /** @description Upper amount, in major units. Upper bound, inclusive. */
                amount_max_lte?: number;
                /** @description Whether the currency was inferred from a bare "$". `true` or `false`. */
                currency_implied?: "true" | "false";
                /** @description Whether the range has no upper bound ("+"). `true` or `false`. */
                open_ended?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, streamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {"id":"…"} */
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPrice: {
        parameters: {
            query?: {
                /** @description Return only these fields (`id` is always returned). Comma-separated or repeated. */
                fields?: ("program_id" | "label" | "format" | "amount_min" | "amount_max" | "open_ended" | "approximate" | "amount_text" | "currency" | "currency_implied" | "unit" | "sessions_included" | "sessions_included_max" | "tax_note" | "note" | "citations" | "version" | "created_at" | "updated_at")[];
                /** @description Embed related records: `program` (the program it belongs to); `sources` (the sources its citations quote). Comma-separated or repeated. */
                include?: ("program" | "sources")[];
            };
            header?: never;
            path: {
                /**
                 * @description Stable string identifier (slug).
                 * @example roots-to-thrive-group
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One Price. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "kair-individual-session-400-600",
                     *         "program_id": null,
                     *         "label": "Individual ketamine sessions / infusions, per session (market-wide)",
                     *         "format": "individual",
                     *         "amount_min": 400,
                     *         "amount_max": 600,
                     *         "open_ended": false,
                     *         "approximate": true,
                     *         "amount_text": "$400-$600",
                     *         "currency": "USD",
                     *         "currency_implied": true,
                     *         "unit": "per_session",
                     *         "sessions_included": null,
                     *         "sessions_included_max": null,
                     *         "tax_note": null,
                     *         "note": "Stated three times: individual sessions \"typically run $400-$600 each\", individual ketamine sessions \"often cost between $400-$600\", and individual ketamine infusions \"typically cost between $400-$600 per session\". Currency is not stated; USD is inferred.",
                     *         "citations": [
                     *           {
                     *             "source_id": "kair-group-therapy-unpacked",
                     *             "excerpt": "While individual sessions typically run $400-$600 each",
                     *             "section": "Individual vs group ketamine therapy"
                     *           },
                     *           {
                     *             "source_id": "kair-group-therapy-unpacked",
                     *             "excerpt": "While individual ketamine sessions often cost between $400-$600",
                     *             "section": "Benefits, Risks & Candidacy"
                     *           },
                     *           {
                     *             "source_id": "kair-group-therapy-unpacked",
                     *             "excerpt": "Individual ketamine infusions typically cost between $400-$600 per session",
                     *             "section": "Cost & accessibility snapshot"
                     *           }
                     *         ],
                     *         "version": 1,
                     *         "created_at": "2026-11-22T00:00:00.000Z",
                     *         "updated_at": "2026-11-22T00:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["PriceExpanded"] | components["schemas"]["PriceSparse"];
                    };
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "No such record or route.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listContraindications: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description Opaque cursor from `meta.next_cursor` of the previous page. Only valid with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `category,condition`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "condition" | "-condition" | "category" | "-category" | "updated_at" | "-updated_at")[];
                /** @description Return only these fields (`id` is always returned). Comma-separated or repeated. */
                fields?: ("condition" | "category" | "applies_to" | "note" | "citations" | "version" | "created_at" | "updated_at")[];
                /** @description Embed related records: `sources` (the sources its citations quote). Comma-separated or repeated. */
                include?: "sources"[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
                /** @description Kind of contraindication. Comma-separated or repeated. */
                category?: ("absolute" | "requires_evaluation" | "group_specific")[];
                /** @description Any format, or the group format only. Comma-separated or repeated. */
                applies_to?: ("any" | "group")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of contraindications as JSON; with `Accept: text/csv` or `application/x-ndjson`, every matching record as a stream (as /v1/contraindications.csv and .ndjson). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "uncontrolled-high-blood-pressure",
                     *           "condition": "Uncontrolled high blood pressure",
                     *           "category": "absolute",
                     *           "applies_to": "any",
                     *           "note": null,
                     *           "citations": [
                     *             {
                     *               "source_id": "kair-group-therapy-unpacked",
                     *               "excerpt": "Some people should definitely avoid ketamine therapy altogether.",
                     *               "section": "Potential risks & who should avoid"
                     *             },
                     *             {
                     *               "source_id": "kair-group-therapy-unpacked",
                     *               "excerpt": "This includes those with uncontrolled high blood pressure",
                     *               "section": "Potential risks & who should avoid"
                     *             }
                     *           ],
                     *           "version": 1,
                     *           "created_at": "2026-11-22T00:00:00.000Z",
                     *           "updated_at": "2026-11-22T00:00:00.000Z"
                     *         }
                     *       ],
                     *       "meta": {
                     *         "total": 1,
                     *         "limit": 20,
                     *         "next_cursor": null,
                     *         "sort": [
                     *           "category",
                     *           "condition",
                     *           "id"
                     *         ]
                     *       },
                     *       "links": {
                     *         "self": "/v1/contraindications",
                     *         "next": null
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: (components["schemas"]["ContraindicationExpanded"] | components["schemas"]["ContraindicationSparse"])[];
                        meta: components["schemas"]["ListMeta"];
                        links: components["schemas"]["ListLinks"];
                    };
                    /**
                     * @example id,condition,category,applies_to,note,citations,version,created_at,updated_at
                     *     …
                     */
                    "text/csv": string;
                    /** @example {"id":"…"} */
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportContraindicationsCsv: {
        parameters: {
            query?: {
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `category,condition`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "condition" | "-condition" | "category" | "-category" | "updated_at" | "-updated_at")[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
                /** @description Kind of contraindication. Comma-separated or repeated. */
                category?: ("absolute" | "requires_evaluation" | "group_specific")[];
                /** @description Any format, or the group format only. Comma-separated or repeated. */
                applies_to?: ("any" | "group")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, streamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id,condition,category,applies_to,note,citations,version,created_at,updated_at
                     *     …
                     */
                    "text/csv": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportContraindicationsNdjson: {
        parameters: {
            query?: {
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `category,condition`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "condition" | "-condition" | "category" | "-category" | "updated_at" | "-updated_at")[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
                /** @description Kind of contraindication. Comma-separated or repeated. */
                category?: ("absolute" | "requires_evaluation" | "group_specific")[];
                /** @description Any format, or the group format only. Comma-separated or repeated. */
                applies_to?: ("any" | "group")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, streamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {"id":"…"} */
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getContraindication: {
        parameters: {
            query?: {
                /** @description Return only these fields (`id` is always returned). Comma-separated or repeated. */
                fields?: ("condition" | "category" | "applies_to" | "note" | "citations" | "version" | "created_at" | "updated_at")[];
                /** @description Embed related records: `sources` (the sources its citations quote). Comma-separated or repeated. */
                include?: "sources"[];
            };
            header?: never;
            path: {
                /**
                 * @description Stable string identifier (slug).
                 * @example roots-to-thrive-group
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One Contraindication. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "uncontrolled-high-blood-pressure",
                     *         "condition": "Uncontrolled high blood pressure",
                     *         "category": "absolute",
                     *         "applies_to": "any",
                     *         "note": null,
                     *         "citations": [
                     *           {
                     *             "source_id": "kair-group-therapy-unpacked",
                     *             "excerpt": "Some people should definitely avoid ketamine therapy altogether.",
                     *             "section": "Potential risks & who should avoid"
                     *           },
                     *           {
                     *             "source_id": "kair-group-therapy-unpacked",
                     *             "excerpt": "This includes those with uncontrolled high blood pressure",
                     *             "section": "Potential risks & who should avoid"
                     *           }
                     *         ],
                     *         "version": 1,
                     *         "created_at": "2026-11-22T00:00:00.000Z",
                     *         "updated_at": "2026-11-22T00:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["ContraindicationExpanded"] | components["schemas"]["ContraindicationSparse"];
                    };
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "No such record or route.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFormatFit: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description Opaque cursor from `meta.next_cursor` of the previous page. Only valid with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `position`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "position" | "-position" | "situation" | "-situation" | "updated_at" | "-updated_at")[];
                /** @description Return only these fields (`id` is always returned). Comma-separated or repeated. */
                fields?: ("situation" | "position" | "group_format" | "individual_format" | "favoured_format" | "inferred" | "note" | "citations" | "version" | "created_at" | "updated_at")[];
                /** @description Embed related records: `sources` (the sources its citations quote). Comma-separated or repeated. */
                include?: "sources"[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
                /** @description The format the row marks. Comma-separated or repeated. */
                favoured_format?: ("group" | "individual")[];
                /** @description Rows with a value inferred from the surrounding text. `true` or `false`. */
                inferred?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of format-fit as JSON; with `Accept: text/csv` or `application/x-ndjson`, every matching record as a stream (as /v1/format-fit.csv and .ndjson). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "treatment-resistant-depression-intact-social-functioning",
                     *           "situation": "Treatment-resistant depression with intact social functioning",
                     *           "position": 1,
                     *           "group_format": "✓",
                     *           "individual_format": null,
                     *           "favoured_format": "group",
                     *           "inferred": true,
                     *           "note": "The check mark was lost in extraction; the group column is inferred. The row describes a patient without any of the group exclusions the article lists, with the social functioning that group work relies on (peer normalization, skills practice \"in a real social field\"); the rows marking individual format as safer are the exclusions named in the key takeaways, \"What is harder in group format\" and the FAQ.",
                     *           "citations": [
                     *             {
                     *               "source_id": "group-ketamine-therapy-canada",
                     *               "excerpt": "Treatment-resistant depression with intact social functioning",
                     *               "section": "When group fits versus when individual is safer"
                     *             },
                     *             {
                     *               "source_id": "group-ketamine-therapy-canada",
                     *               "excerpt": "Peer normalization. Many patients feel less alone in their experience when they are with others working through similar struggles.",
                     *               "section": "What group format adds"
                     *             },
                     *             {
                     *               "source_id": "group-ketamine-therapy-canada",
                     *               "excerpt": "Community of practice. Skills practice — relating, regulating, sense-making — happens in a real social field rather than in 1:1 isolation.",
                     *               "section": "What group format adds"
                     *             },
                     *             {
                     *               "source_id": "group-ketamine-therapy-canada",
                     *               "excerpt": "The honest framing: group format is an excellent fit for some patients and a poor fit for others.",
                     *               "section": "When group fits versus when individual is safer"
                     *             }
                     *           ],
                     *           "version": 1,
                     *           "created_at": "2026-11-22T00:00:00.000Z",
                     *           "updated_at": "2026-11-22T00:00:00.000Z"
                     *         }
                     *       ],
                     *       "meta": {
                     *         "total": 1,
                     *         "limit": 20,
                     *         "next_cursor": null,
                     *         "sort": [
                     *           "position",
                     *           "id"
                     *         ]
                     *       },
                     *       "links": {
                     *         "self": "/v1/format-fit",
                     *         "next": null
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: (components["schemas"]["FormatFitExpanded"] | components["schemas"]["FormatFitSparse"])[];
                        meta: components["schemas"]["ListMeta"];
                        links: components["schemas"]["ListLinks"];
                    };
                    /**
                     * @example id,situation,position,group_format,individual_format,favoured_format,inferred,note,citations,version,created_at,updated_at
                     *     …
                     */
                    "text/csv": string;
                    /** @example {"id":"…"} */
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportFormatFitCsv: {
        parameters: {
            query?: {
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `position`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "position" | "-position" | "situation" | "-situation" | "updated_at" | "-updated_at")[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
                /** @description The format the row marks. Comma-separated or repeated. */
                favoured_format?: ("group" | "individual")[];
                /** @description Rows with a value inferred from the surrounding text. `true` or `false`. */
                inferred?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, streamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id,situation,position,group_format,individual_format,favoured_format,inferred,note,citations,version,created_at,updated_at
                     *     …
                     */
                    "text/csv": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportFormatFitNdjson: {
        parameters: {
            query?: {
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `position`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "position" | "-position" | "situation" | "-situation" | "updated_at" | "-updated_at")[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
                /** @description The format the row marks. Comma-separated or repeated. */
                favoured_format?: ("group" | "individual")[];
                /** @description Rows with a value inferred from the surrounding text. `true` or `false`. */
                inferred?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, streamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {"id":"…"} */
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFormatFit: {
        parameters: {
            query?: {
                /** @description Return only these fields (`id` is always returned). Comma-separated or repeated. */
                fields?: ("situation" | "position" | "group_format" | "individual_format" | "favoured_format" | "inferred" | "note" | "citations" | "version" | "created_at" | "updated_at")[];
                /** @description Embed related records: `sources` (the sources its citations quote). Comma-separated or repeated. */
                include?: "sources"[];
            };
            header?: never;
            path: {
                /**
                 * @description Stable string identifier (slug).
                 * @example roots-to-thrive-group
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One FormatFit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "treatment-resistant-depression-intact-social-functioning",
                     *         "situation": "Treatment-resistant depression with intact social functioning",
                     *         "position": 1,
                     *         "group_format": "✓",
                     *         "individual_format": null,
                     *         "favoured_format": "group",
                     *         "inferred": true,
                     *         "note": "The check mark was lost in extraction; the group column is inferred. The row describes a patient without any of the group exclusions the article lists, with the social functioning that group work relies on (peer normalization, skills practice \"in a real social field\"); the rows marking individual format as safer are the exclusions named in the key takeaways, \"What is harder in group format\" and the FAQ.",
                     *         "citations": [
                     *           {
                     *             "source_id": "group-ketamine-therapy-canada",
                     *             "excerpt": "Treatment-resistant depression with intact social functioning",
                     *             "section": "When group fits versus when individual is safer"
                     *           },
                     *           {
                     *             "source_id": "group-ketamine-therapy-canada",
                     *             "excerpt": "Peer normalization. Many patients feel less alone in their experience when they are with others working through similar struggles.",
                     *             "section": "What group format adds"
                     *           },
                     *           {
                     *             "source_id": "group-ketamine-therapy-canada",
                     *             "excerpt": "Community of practice. Skills practice — relating, regulating, sense-making — happens in a real social field rather than in 1:1 isolation.",
                     *             "section": "What group format adds"
                     *           },
                     *           {
                     *             "source_id": "group-ketamine-therapy-canada",
                     *             "excerpt": "The honest framing: group format is an excellent fit for some patients and a poor fit for others.",
                     *             "section": "When group fits versus when individual is safer"
                     *           }
                     *         ],
                     *         "version": 1,
                     *         "created_at": "2026-11-22T00:00:00.000Z",
                     *         "updated_at": "2026-11-22T00:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["FormatFitExpanded"] | components["schemas"]["FormatFitSparse"];
                    };
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "No such record or route.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listStudies: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description Opaque cursor from `meta.next_cursor` of the previous page. Only valid with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `title`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "title" | "-title" | "year" | "-year" | "participants" | "-participants" | "updated_at" | "-updated_at")[];
                /** @description Return only these fields (`id` is always returned). Comma-separated or repeated. */
                fields?: ("title" | "authors" | "year" | "journal" | "journal_reference" | "url" | "source_id" | "design" | "population" | "intervention" | "participants" | "participants_qualifier" | "duration_weeks" | "follow_up_months" | "conditions" | "citations" | "version" | "created_at" | "updated_at")[];
                /** @description Embed related records: `findings` (its findings); `sources` (the sources its citations quote). Comma-separated or repeated. */
                include?: ("findings" | "sources")[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
                /** @description Studies one of these conditions. Comma-separated or repeated. */
                condition?: components["schemas"]["ConditionInput"][];
                /** @description Publication year. Lower bound, inclusive. */
                year_gte?: number;
                /** @description Publication year. Upper bound, inclusive. */
                year_lte?: number;
                /** @description Number of participants. Lower bound, inclusive. */
                participants_gte?: number;
                /** @description Number of participants. Upper bound, inclusive. */
                participants_lte?: number;
                /** @description Treatment duration in weeks. Lower bound, inclusive. */
                duration_weeks_gte?: number;
                /** @description Treatment duration in weeks. Upper bound, inclusive. */
                duration_weeks_lte?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of studies as JSON; with `Accept: text/csv` or `application/x-ndjson`, every matching record as a stream (as /v1/studies.csv and .ndjson). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "firefighters-group-kat-12-week",
                     *           "title": "12-week ketamine-assisted group therapy program for firefighters with treatment-resistant mental health conditions",
                     *           "authors": [],
                     *           "year": null,
                     *           "journal": null,
                     *           "journal_reference": null,
                     *           "url": null,
                     *           "source_id": null,
                     *           "design": "12-week ketamine group therapy program with a six-month follow-up assessment (study design otherwise not stated)",
                     *           "population": "Firefighters with treatment-resistant mental health conditions (number of participants not stated)",
                     *           "intervention": "12-week ketamine-assisted group therapy program",
                     *           "participants": null,
                     *           "participants_qualifier": null,
                     *           "duration_weeks": 12,
                     *           "follow_up_months": 6,
                     *           "conditions": [
                     *             "anxiety",
                     *             "ptsd"
                     *           ],
                     *           "citations": [
                     *             {
                     *               "source_id": "kair-group-therapy-unpacked",
                     *               "excerpt": "In a 12-week ketamine group therapy program designed for firefighters battling treatment-resistant mental health conditions, participants experienced dramatic improvements.",
                     *               "section": "What the research says"
                     *             },
                     *             {
                     *               "source_id": "kair-group-therapy-unpacked",
                     *               "excerpt": "Their anxiety scores (measured by the GAD-7) and PTSD symptoms (measured by the PCL-5) decreased significantly with large effect sizes.",
                     *               "section": "What the research says"
                     *             },
                     *             {
                     *               "source_id": "kair-group-therapy-unpacked",
                     *               "excerpt": "they were still present six months later during follow-up assessments.",
                     *               "section": "What the research says"
                     *             }
                     *           ],
                     *           "version": 1,
                     *           "created_at": "2026-11-22T00:00:00.000Z",
                     *           "updated_at": "2026-11-22T00:00:00.000Z"
                     *         }
                     *       ],
                     *       "meta": {
                     *         "total": 1,
                     *         "limit": 20,
                     *         "next_cursor": null,
                     *         "sort": [
                     *           "title",
                     *           "id"
                     *         ]
                     *       },
                     *       "links": {
                     *         "self": "/v1/studies",
                     *         "next": null
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: (components["schemas"]["StudyExpanded"] | components["schemas"]["StudySparse"])[];
                        meta: components["schemas"]["ListMeta"];
                        links: components["schemas"]["ListLinks"];
                    };
                    /**
                     * @example id,title,authors,year,journal,journal_reference,url,source_id,design,population,intervention,participants,participants_qualifier,duration_weeks,follow_up_months,conditions,citations,version,created_at,updated_at
                     *     …
                     */
                    "text/csv": string;
                    /** @example {"id":"…"} */
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportStudiesCsv: {
        parameters: {
            query?: {
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `title`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "title" | "-title" | "year" | "-year" | "participants" | "-participants" | "updated_at" | "-updated_at")[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
                /** @description Studies one of these conditions. Comma-separated or repeated. */
                condition?: components["schemas"]["ConditionInput"][];
                /** @description Publication year. Lower bound, inclusive. */
                year_gte?: number;
                /** @description Publication year. Upper bound, inclusive. */
                year_lte?: number;
                /** @description Number of participants. Lower bound, inclusive. */
                participants_gte?: number;
                /** @description Number of participants. Upper bound, inclusive. */
                participants_lte?: number;
                /** @description Treatment duration in weeks. Lower bound, inclusive. */
                duration_weeks_gte?: number;
                /** @description Treatment duration in weeks. Upper bound, inclusive. */
                duration_weeks_lte?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, streamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id,title,authors,year,journal,journal_reference,url,source_id,design,population,intervention,participants,participants_qualifier,duration_weeks,follow_up_months,conditions,citations,version,created_at,updated_at
                     *     …
                     */
                    "text/csv": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportStudiesNdjson: {
        parameters: {
            query?: {
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `title`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "title" | "-title" | "year" | "-year" | "participants" | "-participants" | "updated_at" | "-updated_at")[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
                /** @description Studies one of these conditions. Comma-separated or repeated. */
                condition?: components["schemas"]["ConditionInput"][];
                /** @description Publication year. Lower bound, inclusive. */
                year_gte?: number;
                /** @description Publication year. Upper bound, inclusive. */
                year_lte?: number;
                /** @description Number of participants. Lower bound, inclusive. */
                participants_gte?: number;
                /** @description Number of participants. Upper bound, inclusive. */
                participants_lte?: number;
                /** @description Treatment duration in weeks. Lower bound, inclusive. */
                duration_weeks_gte?: number;
                /** @description Treatment duration in weeks. Upper bound, inclusive. */
                duration_weeks_lte?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, streamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {"id":"…"} */
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStudy: {
        parameters: {
            query?: {
                /** @description Return only these fields (`id` is always returned). Comma-separated or repeated. */
                fields?: ("title" | "authors" | "year" | "journal" | "journal_reference" | "url" | "source_id" | "design" | "population" | "intervention" | "participants" | "participants_qualifier" | "duration_weeks" | "follow_up_months" | "conditions" | "citations" | "version" | "created_at" | "updated_at")[];
                /** @description Embed related records: `findings` (its findings); `sources` (the sources its citations quote). Comma-separated or repeated. */
                include?: ("findings" | "sources")[];
            };
            header?: never;
            path: {
                /**
                 * @description Stable string identifier (slug).
                 * @example roots-to-thrive-group
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One Study; schema.org JSON-LD with `Accept: application/ld+json`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "firefighters-group-kat-12-week",
                     *         "title": "12-week ketamine-assisted group therapy program for firefighters with treatment-resistant mental health conditions",
                     *         "authors": [],
                     *         "year": null,
                     *         "journal": null,
                     *         "journal_reference": null,
                     *         "url": null,
                     *         "source_id": null,
                     *         "design": "12-week ketamine group therapy program with a six-month follow-up assessment (study design otherwise not stated)",
                     *         "population": "Firefighters with treatment-resistant mental health conditions (number of participants not stated)",
                     *         "intervention": "12-week ketamine-assisted group therapy program",
                     *         "participants": null,
                     *         "participants_qualifier": null,
                     *         "duration_weeks": 12,
                     *         "follow_up_months": 6,
                     *         "conditions": [
                     *           "anxiety",
                     *           "ptsd"
                     *         ],
                     *         "citations": [
                     *           {
                     *             "source_id": "kair-group-therapy-unpacked",
                     *             "excerpt": "In a 12-week ketamine group therapy program designed for firefighters battling treatment-resistant mental health conditions, participants experienced dramatic improvements.",
                     *             "section": "What the research says"
                     *           },
                     *           {
                     *             "source_id": "kair-group-therapy-unpacked",
                     *             "excerpt": "Their anxiety scores (measured by the GAD-7) and PTSD symptoms (measured by the PCL-5) decreased significantly with large effect sizes.",
                     *             "section": "What the research says"
                     *           },
                     *           {
                     *             "source_id": "kair-group-therapy-unpacked",
                     *             "excerpt": "they were still present six months later during follow-up assessments.",
                     *             "section": "What the research says"
                     *           }
                     *         ],
                     *         "version": 1,
                     *         "created_at": "2026-11-22T00:00:00.000Z",
                     *         "updated_at": "2026-11-22T00:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["StudyExpanded"] | components["schemas"]["StudySparse"];
                    };
                    /**
                     * @example {
                     *       "@context": "https://schema.org",
                     *       "@type": "MedicalStudy",
                     *       "@id": "/v1/studies/x",
                     *       "name": "…"
                     *     }
                     */
                    "application/ld+json": {
                        /** @enum {string} */
                        "@context": "https://schema.org";
                        "@type": string | string[];
                        "@id": string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "No such record or route.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStudyJsonLd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Stable string identifier (slug).
                 * @example roots-to-thrive-group
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON-LD */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "@context": "https://schema.org",
                     *       "@type": "MedicalStudy",
                     *       "@id": "/v1/studies/x",
                     *       "name": "…"
                     *     }
                     */
                    "application/ld+json": {
                        /** @enum {string} */
                        "@context": "https://schema.org";
                        "@type": string | string[];
                        "@id": string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "No such record or route.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFindings: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description Opaque cursor from `meta.next_cursor` of the previous page. Only valid with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `study_id,measure`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "study_id" | "-study_id" | "measure" | "-measure" | "value" | "-value" | "updated_at" | "-updated_at")[];
                /** @description Return only these fields (`id` is always returned). Comma-separated or repeated. */
                fields?: ("study_id" | "condition" | "measure" | "value" | "value_unit" | "value_qualifier" | "denominator" | "direction" | "summary" | "citations" | "version" | "created_at" | "updated_at")[];
                /** @description Embed related records: `study` (the study it comes from); `sources` (the sources its citations quote). Comma-separated or repeated. */
                include?: ("study" | "sources")[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
                /** @description Study the finding belongs to. Comma-separated or repeated. */
                study_id?: string[];
                /** @description Condition measured. Comma-separated or repeated. */
                condition?: components["schemas"]["ConditionInput"][];
                /** @description What was measured, exactly as stored (e.g. GAD-7). Comma-separated or repeated. */
                measure?: string[];
                /** @description Unit of the value. Comma-separated or repeated. */
                value_unit?: ("percent" | "participants" | "sessions" | "months" | "events")[];
                /** @description Reported value. Lower bound, inclusive. */
                value_gte?: number;
                /** @description Reported value. Upper bound, inclusive. */
                value_lte?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of findings as JSON; with `Accept: text/csv` or `application/x-ndjson`, every matching record as a stream (as /v1/findings.csv and .ndjson). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "firefighters-gad7-anxiety-decreased",
                     *           "study_id": "firefighters-group-kat-12-week",
                     *           "condition": "anxiety",
                     *           "measure": "GAD-7 (anxiety scores)",
                     *           "value": null,
                     *           "value_unit": null,
                     *           "value_qualifier": null,
                     *           "denominator": null,
                     *           "direction": "decreased",
                     *           "summary": "Anxiety scores measured by the GAD-7 decreased significantly, with large effect sizes, after the 12-week ketamine group therapy program. The source gives no score or effect-size figure.",
                     *           "citations": [
                     *             {
                     *               "source_id": "kair-group-therapy-unpacked",
                     *               "excerpt": "Their anxiety scores (measured by the GAD-7) and PTSD symptoms (measured by the PCL-5) decreased significantly with large effect sizes.",
                     *               "section": "What the research says"
                     *             }
                     *           ],
                     *           "version": 1,
                     *           "created_at": "2026-11-22T00:00:00.000Z",
                     *           "updated_at": "2026-11-22T00:00:00.000Z"
                     *         }
                     *       ],
                     *       "meta": {
                     *         "total": 1,
                     *         "limit": 20,
                     *         "next_cursor": null,
                     *         "sort": [
                     *           "study_id",
                     *           "measure",
                     *           "id"
                     *         ]
                     *       },
                     *       "links": {
                     *         "self": "/v1/findings",
                     *         "next": null
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: (components["schemas"]["FindingExpanded"] | components["schemas"]["FindingSparse"])[];
                        meta: components["schemas"]["ListMeta"];
                        links: components["schemas"]["ListLinks"];
                    };
                    /**
                     * @example id,study_id,condition,measure,value,value_unit,value_qualifier,denominator,direction,summary,citations,version,created_at,updated_at
                     *     …
                     */
                    "text/csv": string;
                    /** @example {"id":"…"} */
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportFindingsCsv: {
        parameters: {
            query?: {
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `study_id,measure`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "study_id" | "-study_id" | "measure" | "-measure" | "value" | "-value" | "updated_at" | "-updated_at")[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
                /** @description Study the finding belongs to. Comma-separated or repeated. */
                study_id?: string[];
                /** @description Condition measured. Comma-separated or repeated. */
                condition?: components["schemas"]["ConditionInput"][];
                /** @description What was measured, exactly as stored (e.g. GAD-7). Comma-separated or repeated. */
                measure?: string[];
                /** @description Unit of the value. Comma-separated or repeated. */
                value_unit?: ("percent" | "participants" | "sessions" | "months" | "events")[];
                /** @description Reported value. Lower bound, inclusive. */
                value_gte?: number;
                /** @description Reported value. Upper bound, inclusive. */
                value_lte?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, streamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id,study_id,condition,measure,value,value_unit,value_qualifier,denominator,direction,summary,citations,version,created_at,updated_at
                     *     …
                     */
                    "text/csv": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportFindingsNdjson: {
        parameters: {
            query?: {
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `study_id,measure`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "study_id" | "-study_id" | "measure" | "-measure" | "value" | "-value" | "updated_at" | "-updated_at")[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
                /** @description Study the finding belongs to. Comma-separated or repeated. */
                study_id?: string[];
                /** @description Condition measured. Comma-separated or repeated. */
                condition?: components["schemas"]["ConditionInput"][];
                /** @description What was measured, exactly as stored (e.g. GAD-7). Comma-separated or repeated. */
                measure?: string[];
                /** @description Unit of the value. Comma-separated or repeated. */
                value_unit?: ("percent" | "participants" | "sessions" | "months" | "events")[];
                /** @description Reported value. Lower bound, inclusive. */
                value_gte?: number;
                /** @description Reported value. Upper bound, inclusive. */
                value_lte?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, streamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {"id":"…"} */
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFinding: {
        parameters: {
            query?: {
                /** @description Return only these fields (`id` is always returned). Comma-separated or repeated. */
                fields?: ("study_id" | "condition" | "measure" | "value" | "value_unit" | "value_qualifier" | "denominator" | "direction" | "summary" | "citations" | "version" | "created_at" | "updated_at")[];
                /** @description Embed related records: `study` (the study it comes from); `sources` (the sources its citations quote). Comma-separated or repeated. */
                include?: ("study" | "sources")[];
            };
            header?: never;
            path: {
                /**
                 * @description Stable string identifier (slug).
                 * @example roots-to-thrive-group
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One Finding. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "firefighters-gad7-anxiety-decreased",
                     *         "study_id": "firefighters-group-kat-12-week",
                     *         "condition": "anxiety",
                     *         "measure": "GAD-7 (anxiety scores)",
                     *         "value": null,
                     *         "value_unit": null,
                     *         "value_qualifier": null,
                     *         "denominator": null,
                     *         "direction": "decreased",
                     *         "summary": "Anxiety scores measured by the GAD-7 decreased significantly, with large effect sizes, after the 12-week ketamine group therapy program. The source gives no score or effect-size figure.",
                     *         "citations": [
                     *           {
                     *             "source_id": "kair-group-therapy-unpacked",
                     *             "excerpt": "Their anxiety scores (measured by the GAD-7) and PTSD symptoms (measured by the PCL-5) decreased significantly with large effect sizes.",
                     *             "section": "What the research says"
                     *           }
                     *         ],
                     *         "version": 1,
                     *         "created_at": "2026-11-22T00:00:00.000Z",
                     *         "updated_at": "2026-11-22T00:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["FindingExpanded"] | components["schemas"]["FindingSparse"];
                    };
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "No such record or route.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFaqs: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description Opaque cursor from `meta.next_cursor` of the previous page. Only valid with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `position`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "position" | "-position" | "question" | "-question" | "updated_at" | "-updated_at")[];
                /** @description Return only these fields (`id` is always returned). Comma-separated or repeated. */
                fields?: ("question" | "answer" | "position" | "related" | "citations" | "version" | "created_at" | "updated_at")[];
                /** @description Embed related records: `sources` (the sources its citations quote). Comma-separated or repeated. */
                include?: "sources"[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of faqs as JSON; with `Accept: text/csv` or `application/x-ndjson`, every matching record as a stream (as /v1/faqs.csv and .ndjson). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "what-is-group-ketamine-assisted-therapy",
                     *           "question": "What is group ketamine-assisted therapy?",
                     *           "answer": "A treatment model where ketamine dosing happens within a cohort structure, with shared preparation, dosing, or integration. Roots to Thrive in Nanaimo BC is Canada's leading published group dosing model; some ATMA CENA member clinics offer group integration alongside individual dosing.",
                     *           "position": 1,
                     *           "related": [
                     *             {
                     *               "collection": "programs",
                     *               "id": "roots-to-thrive-group"
                     *             },
                     *             {
                     *               "collection": "organizations",
                     *               "id": "roots-to-thrive"
                     *             },
                     *             {
                     *               "collection": "organizations",
                     *               "id": "atma-cena"
                     *             },
                     *             {
                     *               "collection": "programs",
                     *               "id": "port-credit-group-integration"
                     *             }
                     *           ],
                     *           "citations": [
                     *             {
                     *               "source_id": "group-ketamine-therapy-canada",
                     *               "excerpt": "What is group ketamine-assisted therapy? A treatment model where ketamine dosing happens within a cohort structure, with shared preparation, dosing, or integration.",
                     *               "section": "Frequently asked questions"
                     *             },
                     *             {
                     *               "source_id": "group-ketamine-therapy-canada",
                     *               "excerpt": "Roots to Thrive in Nanaimo BC is Canada's leading published group dosing model; some ATMA CENA member clinics offer group integration alongside individual dosing.",
                     *               "section": "Frequently asked questions"
                     *             }
                     *           ],
                     *           "version": 1,
                     *           "created_at": "2026-11-22T00:00:00.000Z",
                     *           "updated_at": "2026-11-22T00:00:00.000Z"
                     *         }
                     *       ],
                     *       "meta": {
                     *         "total": 1,
                     *         "limit": 20,
                     *         "next_cursor": null,
                     *         "sort": [
                     *           "position",
                     *           "id"
                     *         ]
                     *       },
                     *       "links": {
                     *         "self": "/v1/faqs",
                     *         "next": null
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: (components["schemas"]["FaqExpanded"] | components["schemas"]["FaqSparse"])[];
                        meta: components["schemas"]["ListMeta"];
                        links: components["schemas"]["ListLinks"];
                    };
                    /**
                     * @example id,question,answer,position,related,citations,version,created_at,updated_at
                     *     …
                     */
                    "text/csv": string;
                    /** @example {"id":"…"} */
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportFaqsCsv: {
        parameters: {
            query?: {
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `position`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "position" | "-position" | "question" | "-question" | "updated_at" | "-updated_at")[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, streamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id,question,answer,position,related,citations,version,created_at,updated_at
                     *     …
                     */
                    "text/csv": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportFaqsNdjson: {
        parameters: {
            query?: {
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `position`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "position" | "-position" | "question" | "-question" | "updated_at" | "-updated_at")[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, streamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {"id":"…"} */
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFaq: {
        parameters: {
            query?: {
                /** @description Return only these fields (`id` is always returned). Comma-separated or repeated. */
                fields?: ("question" | "answer" | "position" | "related" | "citations" | "version" | "created_at" | "updated_at")[];
                /** @description Embed related records: `sources` (the sources its citations quote). Comma-separated or repeated. */
                include?: "sources"[];
            };
            header?: never;
            path: {
                /**
                 * @description Stable string identifier (slug).
                 * @example roots-to-thrive-group
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One Faq. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "what-is-group-ketamine-assisted-therapy",
                     *         "question": "What is group ketamine-assisted therapy?",
                     *         "answer": "A treatment model where ketamine dosing happens within a cohort structure, with shared preparation, dosing, or integration. Roots to Thrive in Nanaimo BC is Canada's leading published group dosing model; some ATMA CENA member clinics offer group integration alongside individual dosing.",
                     *         "position": 1,
                     *         "related": [
                     *           {
                     *             "collection": "programs",
                     *             "id": "roots-to-thrive-group"
                     *           },
                     *           {
                     *             "collection": "organizations",
                     *             "id": "roots-to-thrive"
                     *           },
                     *           {
                     *             "collection": "organizations",
                     *             "id": "atma-cena"
                     *           },
                     *           {
                     *             "collection": "programs",
                     *             "id": "port-credit-group-integration"
                     *           }
                     *         ],
                     *         "citations": [
                     *           {
                     *             "source_id": "group-ketamine-therapy-canada",
                     *             "excerpt": "What is group ketamine-assisted therapy? A treatment model where ketamine dosing happens within a cohort structure, with shared preparation, dosing, or integration.",
                     *             "section": "Frequently asked questions"
                     *           },
                     *           {
                     *             "source_id": "group-ketamine-therapy-canada",
                     *             "excerpt": "Roots to Thrive in Nanaimo BC is Canada's leading published group dosing model; some ATMA CENA member clinics offer group integration alongside individual dosing.",
                     *             "section": "Frequently asked questions"
                     *           }
                     *         ],
                     *         "version": 1,
                     *         "created_at": "2026-11-22T00:00:00.000Z",
                     *         "updated_at": "2026-11-22T00:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["FaqExpanded"] | components["schemas"]["FaqSparse"];
                    };
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "No such record or route.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSessionPhases: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description Opaque cursor from `meta.next_cursor` of the previous page. Only valid with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `position`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "position" | "-position" | "name" | "-name" | "updated_at" | "-updated_at")[];
                /** @description Return only these fields (`id` is always returned). Comma-separated or repeated. */
                fields?: ("name" | "position" | "description" | "duration_min_minutes" | "duration_max_minutes" | "practical_rules" | "citations" | "version" | "created_at" | "updated_at")[];
                /** @description Embed related records: `sources` (the sources its citations quote). Comma-separated or repeated. */
                include?: "sources"[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of session-phases as JSON; with `Accept: text/csv` or `application/x-ndjson`, every matching record as a stream (as /v1/session-phases.csv and .ndjson). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "pre-session-preparation",
                     *           "name": "Pre-session preparation",
                     *           "position": 1,
                     *           "description": "Preparation begins before any medicine is given. Every participant undergoes thorough medical and psychological screening to check that ketamine is appropriate. Participants develop intentions for the experience, held lightly, with a balance of focused purpose and open curiosity. The group establishes shared agreements about confidentiality, respect and participation, which create the safe container. Participants receive practical guidance (fasting, hydration, clothing, personal items), and just before receiving ketamine the group often does breathwork or meditation.",
                     *           "duration_min_minutes": null,
                     *           "duration_max_minutes": null,
                     *           "practical_rules": [
                     *             {
                     *               "rule": "Every participant undergoes thorough medical and psychological screening: review of current medications, heart health, mental health history and any potential contraindications.",
                     *               "value_min": null,
                     *               "value_max": null,
                     *               "unit": null,
                     *               "program_id": null
                     *             },
                     *             {
                     *               "rule": "Roots to Thrive's intake assesses readiness for group format; not every clinically eligible KAT patient is a group fit.",
                     *               "value_min": null,
                     *               "value_max": null,
                     *               "unit": null,
                     *               "program_id": "roots-to-thrive-group"
                     *             },
                     *             {
                     *               "rule": "Develop meaningful intentions and hold them lightly to avoid anxiety: a balance of focused purpose and open curiosity rather than fixating on specific outcomes.",
                     *               "value_min": null,
                     *               "value_max": null,
                     *               "unit": null,
                     *               "program_id": null
                     *             },
                     *             {
                     *               "rule": "The group establishes shared agreements about confidentiality, respect, and participation.",
                     *               "value_min": null,
                     *               "value_max": null,
                     *               "unit": null,
                     *               "program_id": null
                     *             },
                     *             {
                     *               "rule": "Fasting, usually 3-4 hours before the session.",
                     *               "value_min": 3,
                     *               "value_max": 4,
                     *               "unit": "hours",
                     *               "program_id": null
                     *             },
                     *             {
                     *               "rule": "Stay hydrated, wear comfortable clothing, and bring personal items that might support the journey, like a journal or meaningful object.",
                     *               "value_min": null,
                     *               "value_max": null,
                     *               "unit": null,
                     *               "program_id": null
                     *             },
                     *             {
                     *               "rule": "Just before receiving ketamine, the group often engages in breathwork or meditation to center attention and calm pre-session jitters.",
                     *               "value_min": null,
                     *               "value_max": null,
                     *               "unit": null,
                     *               "program_id": null
                     *             }
                     *           ],
                     *           "citations": [
                     *             {
                     *               "source_id": "kair-group-therapy-unpacked",
                     *               "excerpt": "The journey begins long before any medicine enters your system. Preparation is the foundation of a meaningful experience.",
                     *               "section": "Pre-session preparation"
                     *             },
                     *             {
                     *               "source_id": "kair-group-therapy-unpacked",
                     *               "excerpt": "Every participant undergoes thorough medical and psychological screening to ensure ketamine is appropriate for their specific situation.",
                     *               "section": "Pre-session preparation"
                     *             },
                     *             {
                     *               "source_id": "kair-group-therapy-unpacked",
                     *               "excerpt": "This includes reviewing your current medications, checking your heart health, evaluating your mental health history, and identifying any potential contraindications",
                     *               "section": "Pre-session preparation"
                     *             },
                     *             {
                     *               "source_id": "group-ketamine-therapy-canada",
                     *               "excerpt": "Roots to Thrive's intake assesses readiness for group format; not every clinically eligible KAT patient is a group fit.",
                     *               "section": "What is harder in group format"
                     *             },
                     *             {
                     *               "source_id": "kair-group-therapy-unpacked",
                     *               "excerpt": "Rather than fixating on specific outcomes, facilitators encourage a balance of focused purpose and open curiosity.",
                     *               "section": "Pre-session preparation"
                     *             },
                     *             {
                     *               "source_id": "kair-group-therapy-unpacked",
                     *               "excerpt": "\"Hold treatment intentions lightly to avoid anxiety,\" is common advice in clinical protocols.",
                     *               "section": "Pre-session preparation"
                     *             },
                     *             {
                     *               "source_id": "kair-group-therapy-unpacked",
                     *               "excerpt": "The group will establish shared agreements about confidentiality, respect, and participation.",
                     *               "section": "Pre-session preparation"
                     *             },
                     *             {
                     *               "source_id": "kair-group-therapy-unpacked",
                     *               "excerpt": "You'll receive guidance on fasting (usually 3-4 hours before), staying hydrated, wearing comfortable clothing, and bringing personal items",
                     *               "section": "Pre-session preparation"
                     *             },
                     *             {
                     *               "source_id": "kair-group-therapy-unpacked",
                     *               "excerpt": "bringing personal items that might support your journey like a journal or meaningful object.",
                     *               "section": "Pre-session preparation"
                     *             },
                     *             {
                     *               "source_id": "kair-group-therapy-unpacked",
                     *               "excerpt": "Just before receiving ketamine, the group often engages in breathwork or meditation to center attention and calm any pre-session jitters.",
                     *               "section": "Pre-session preparation"
                     *             }
                     *           ],
                     *           "version": 1,
                     *           "created_at": "2026-11-22T00:00:00.000Z",
                     *           "updated_at": "2026-11-22T00:00:00.000Z"
                     *         }
                     *       ],
                     *       "meta": {
                     *         "total": 1,
                     *         "limit": 20,
                     *         "next_cursor": null,
                     *         "sort": [
                     *           "position",
                     *           "id"
                     *         ]
                     *       },
                     *       "links": {
                     *         "self": "/v1/session-phases",
                     *         "next": null
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: (components["schemas"]["SessionPhaseExpanded"] | components["schemas"]["SessionPhaseSparse"])[];
                        meta: components["schemas"]["ListMeta"];
                        links: components["schemas"]["ListLinks"];
                    };
                    /**
                     * @example id,name,position,description,duration_min_minutes,duration_max_minutes,practical_rules,citations,version,created_at,updated_at
                     *     …
                     */
                    "text/csv": string;
                    /** @example {"id":"…"} */
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportSessionPhasesCsv: {
        parameters: {
            query?: {
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `position`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "position" | "-position" | "name" | "-name" | "updated_at" | "-updated_at")[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, streamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id,name,position,description,duration_min_minutes,duration_max_minutes,practical_rules,citations,version,created_at,updated_at
                     *     …
                     */
                    "text/csv": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportSessionPhasesNdjson: {
        parameters: {
            query?: {
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `position`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "position" | "-position" | "name" | "-name" | "updated_at" | "-updated_at")[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, streamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {"id":"…"} */
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSessionPhase: {
        parameters: {
            query?: {
                /** @description Return only these fields (`id` is always returned). Comma-separated or repeated. */
                fields?: ("name" | "position" | "description" | "duration_min_minutes" | "duration_max_minutes" | "practical_rules" | "citations" | "version" | "created_at" | "updated_at")[];
                /** @description Embed related records: `sources` (the sources its citations quote). Comma-separated or repeated. */
                include?: "sources"[];
            };
            header?: never;
            path: {
                /**
                 * @description Stable string identifier (slug).
                 * @example roots-to-thrive-group
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One SessionPhase. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "pre-session-preparation",
                     *         "name": "Pre-session preparation",
                     *         "position": 1,
                     *         "description": "Preparation begins before any medicine is given. Every participant undergoes thorough medical and psychological screening to check that ketamine is appropriate. Participants develop intentions for the experience, held lightly, with a balance of focused purpose and open curiosity. The group establishes shared agreements about confidentiality, respect and participation, which create the safe container. Participants receive practical guidance (fasting, hydration, clothing, personal items), and just before receiving ketamine the group often does breathwork or meditation.",
                     *         "duration_min_minutes": null,
                     *         "duration_max_minutes": null,
                     *         "practical_rules": [
                     *           {
                     *             "rule": "Every participant undergoes thorough medical and psychological screening: review of current medications, heart health, mental health history and any potential contraindications.",
                     *             "value_min": null,
                     *             "value_max": null,
                     *             "unit": null,
                     *             "program_id": null
                     *           },
                     *           {
                     *             "rule": "Roots to Thrive's intake assesses readiness for group format; not every clinically eligible KAT patient is a group fit.",
                     *             "value_min": null,
                     *             "value_max": null,
                     *             "unit": null,
                     *             "program_id": "roots-to-thrive-group"
                     *           },
                     *           {
                     *             "rule": "Develop meaningful intentions and hold them lightly to avoid anxiety: a balance of focused purpose and open curiosity rather than fixating on specific outcomes.",
                     *             "value_min": null,
                     *             "value_max": null,
                     *             "unit": null,
                     *             "program_id": null
                     *           },
                     *           {
                     *             "rule": "The group establishes shared agreements about confidentiality, respect, and participation.",
                     *             "value_min": null,
                     *             "value_max": null,
                     *             "unit": null,
                     *             "program_id": null
                     *           },
                     *           {
                     *             "rule": "Fasting, usually 3-4 hours before the session.",
                     *             "value_min": 3,
                     *             "value_max": 4,
                     *             "unit": "hours",
                     *             "program_id": null
                     *           },
                     *           {
                     *             "rule": "Stay hydrated, wear comfortable clothing, and bring personal items that might support the journey, like a journal or meaningful object.",
                     *             "value_min": null,
                     *             "value_max": null,
                     *             "unit": null,
                     *             "program_id": null
                     *           },
                     *           {
                     *             "rule": "Just before receiving ketamine, the group often engages in breathwork or meditation to center attention and calm pre-session jitters.",
                     *             "value_min": null,
                     *             "value_max": null,
                     *             "unit": null,
                     *             "program_id": null
                     *           }
                     *         ],
                     *         "citations": [
                     *           {
                     *             "source_id": "kair-group-therapy-unpacked",
                     *             "excerpt": "The journey begins long before any medicine enters your system. Preparation is the foundation of a meaningful experience.",
                     *             "section": "Pre-session preparation"
                     *           },
                     *           {
                     *             "source_id": "kair-group-therapy-unpacked",
                     *             "excerpt": "Every participant undergoes thorough medical and psychological screening to ensure ketamine is appropriate for their specific situation.",
                     *             "section": "Pre-session preparation"
                     *           },
                     *           {
                     *             "source_id": "kair-group-therapy-unpacked",
                     *             "excerpt": "This includes reviewing your current medications, checking your heart health, evaluating your mental health history, and identifying any potential contraindications",
                     *             "section": "Pre-session preparation"
                     *           },
                     *           {
                     *             "source_id": "group-ketamine-therapy-canada",
                     *             "excerpt": "Roots to Thrive's intake assesses readiness for group format; not every clinically eligible KAT patient is a group fit.",
                     *             "section": "What is harder in group format"
                     *           },
                     *           {
                     *             "source_id": "kair-group-therapy-unpacked",
                     *             "excerpt": "Rather than fixating on specific outcomes, facilitators encourage a balance of focused purpose and open curiosity.",
                     *             "section": "Pre-session preparation"
                     *           },
                     *           {
                     *             "source_id": "kair-group-therapy-unpacked",
                     *             "excerpt": "\"Hold treatment intentions lightly to avoid anxiety,\" is common advice in clinical protocols.",
                     *             "section": "Pre-session preparation"
                     *           },
                     *           {
                     *             "source_id": "kair-group-therapy-unpacked",
                     *             "excerpt": "The group will establish shared agreements about confidentiality, respect, and participation.",
                     *             "section": "Pre-session preparation"
                     *           },
                     *           {
                     *             "source_id": "kair-group-therapy-unpacked",
                     *             "excerpt": "You'll receive guidance on fasting (usually 3-4 hours before), staying hydrated, wearing comfortable clothing, and bringing personal items",
                     *             "section": "Pre-session preparation"
                     *           },
                     *           {
                     *             "source_id": "kair-group-therapy-unpacked",
                     *             "excerpt": "bringing personal items that might support your journey like a journal or meaningful object.",
                     *             "section": "Pre-session preparation"
                     *           },
                     *           {
                     *             "source_id": "kair-group-therapy-unpacked",
                     *             "excerpt": "Just before receiving ketamine, the group often engages in breathwork or meditation to center attention and calm any pre-session jitters.",
                     *             "section": "Pre-session preparation"
                     *           }
                     *         ],
                     *         "version": 1,
                     *         "created_at": "2026-11-22T00:00:00.000Z",
                     *         "updated_at": "2026-11-22T00:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["SessionPhaseExpanded"] | components["schemas"]["SessionPhaseSparse"];
                    };
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "No such record or route.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listGuides: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100. */
                limit?: number;
                /** @description Opaque cursor from `meta.next_cursor` of the previous page. Only valid with the same filters and sort. */
                cursor?: string;
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `topic`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "topic" | "-topic" | "title" | "-title" | "updated_at" | "-updated_at")[];
                /** @description Return only these fields (`id` is always returned). Comma-separated or repeated. */
                fields?: ("topic" | "title" | "summary" | "items" | "citations" | "version" | "created_at" | "updated_at")[];
                /** @description Embed related records: `sources` (the sources its citations quote). Comma-separated or repeated. */
                include?: "sources"[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
                /** @description Topic of the guide. Comma-separated or repeated. */
                topic?: ("course_of_treatment" | "insurance_and_financial_assistance" | "candidacy" | "readiness" | "benefits" | "side_effects_and_risks" | "questions_to_ask" | "red_flags" | "finding_a_provider" | "provider_credentials" | "evidence_limitations" | "legal_and_access" | "group_dynamics" | "access_pathways" | "costs" | "medical_safety")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of guides as JSON; with `Accept: text/csv` or `application/x-ndjson`, every matching record as a stream (as /v1/guides.csv and .ndjson). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "guide-course-of-treatment",
                     *           "topic": "course_of_treatment",
                     *           "title": "Course of treatment: how many sessions, over how long, and first-year totals",
                     *           "summary": "According to the KAIR article, most initial protocols involve 4-6 sessions over 2-3 months, with maintenance sessions recommended every 1-3 months thereafter; it estimates a first-year total of approximately $1,000-$3,000 in group format versus $3,500-$10,000+ for comparable individual treatment (amounts written \"$\" without a currency code; USD implied). In Canada, Roots to Thrive runs 12-week group cohorts with three IM or sublingual ketamine sessions and weekly community-of-practice group work; its individual track is 6 weeks with 3 sessions. Prices per program are in /v1/prices; program structures are in /v1/programs.",
                     *           "items": [
                     *             {
                     *               "text": "Initial protocol (KAIR article): most initial protocols involve 4-6 sessions.",
                     *               "value_min": 4,
                     *               "value_max": 6,
                     *               "unit": "sessions"
                     *             },
                     *             {
                     *               "text": "The initial sessions are spread over 2-3 months.",
                     *               "value_min": 2,
                     *               "value_max": 3,
                     *               "unit": "months"
                     *             },
                     *             {
                     *               "text": "Maintenance sessions are recommended every 1-3 months after the initial protocol.",
                     *               "value_min": 1,
                     *               "value_max": 3,
                     *               "unit": "months between maintenance sessions"
                     *             },
                     *             {
                     *               "text": "Approximate total first-year investment in group format: $1,000-$3,000 (currency not stated; USD implied).",
                     *               "value_min": 1000,
                     *               "value_max": 3000,
                     *               "unit": "USD (implied; written \"$\")"
                     *             },
                     *             {
                     *               "text": "Total first-year investment for comparable individual treatment: $3,500-$10,000+ (open-ended upper figure \"$10,000+\", so no maximum is recorded; currency not stated; USD implied).",
                     *               "value_min": 3500,
                     *               "value_max": null,
                     *               "unit": "USD (implied; written \"$\")"
                     *             },
                     *             {
                     *               "text": "Roots to Thrive (Nanaimo, BC) group cohort: 12 weeks, integrating three IM or sublingual ketamine sessions with weekly community-of-practice group work, somatic and trauma-informed integration, and Indigenous wellness contributions.",
                     *               "value_min": 12,
                     *               "value_max": 12,
                     *               "unit": "weeks"
                     *             },
                     *             {
                     *               "text": "Roots to Thrive group cohort: 3 ketamine sessions (IM or sublingual) across the 12-week program.",
                     *               "value_min": 3,
                     *               "value_max": 3,
                     *               "unit": "ketamine sessions"
                     *             },
                     *             {
                     *               "text": "Roots to Thrive individual track: 6 weeks with 3 ketamine sessions.",
                     *               "value_min": 6,
                     *               "value_max": 6,
                     *               "unit": "weeks"
                     *             },
                     *             {
                     *               "text": "The process requires commitment: engage fully in preparation and integration work and attend all scheduled sessions. Healing is not a one-and-done event but a process that unfolds over time.",
                     *               "value_min": null,
                     *               "value_max": null,
                     *               "unit": null
                     *             }
                     *           ],
                     *           "citations": [
                     *             {
                     *               "source_id": "kair-group-therapy-unpacked",
                     *               "excerpt": "most initial protocols involve 4-6 sessions over 2-3 months, with maintenance sessions recommended every 1-3 months thereafter.",
                     *               "section": "Cost & accessibility snapshot"
                     *             },
                     *             {
                     *               "source_id": "kair-group-therapy-unpacked",
                     *               "excerpt": "This translates to a total first-year investment of approximately $1,000-$3,000 for group format, compared to $3,500-$10,000+ for comparable individual treatment.",
                     *               "section": "Cost & accessibility snapshot"
                     *             },
                     *             {
                     *               "source_id": "group-ketamine-therapy-canada",
                     *               "excerpt": "Roots to Thrive runs 12-week cohorts integrating three IM or sublingual ketamine sessions with weekly community-of-practice group work, somatic and trauma-informed integration",
                     *               "section": "Ketamine and esketamine access"
                     *             },
                     *             {
                     *               "source_id": "group-ketamine-therapy-canada",
                     *               "excerpt": "Roots to Thrive Group (12 weeks, 3 sessions)",
                     *               "section": "Cost comparison"
                     *             },
                     *             {
                     *               "source_id": "group-ketamine-therapy-canada",
                     *               "excerpt": "Roots to Thrive Individual (6 weeks, 3 sessions)",
                     *               "section": "Cost comparison"
                     *             },
                     *             {
                     *               "source_id": "kair-group-therapy-unpacked",
                     *               "excerpt": "you'll need to engage fully in preparation and integration work, attend all scheduled sessions, and have support outside the program.",
                     *               "section": "Is it right for you?"
                     *             },
                     *             {
                     *               "source_id": "kair-group-therapy-unpacked",
                     *               "excerpt": "Healing isn't a one-and-done event but a process that unfolds over time.",
                     *               "section": "Conclusion"
                     *             }
                     *           ],
                     *           "version": 1,
                     *           "created_at": "2026-11-22T00:00:00.000Z",
                     *           "updated_at": "2026-11-22T00:00:00.000Z"
                     *         }
                     *       ],
                     *       "meta": {
                     *         "total": 1,
                     *         "limit": 20,
                     *         "next_cursor": null,
                     *         "sort": [
                     *           "topic",
                     *           "id"
                     *         ]
                     *       },
                     *       "links": {
                     *         "self": "/v1/guides",
                     *         "next": null
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: (components["schemas"]["GuideExpanded"] | components["schemas"]["GuideSparse"])[];
                        meta: components["schemas"]["ListMeta"];
                        links: components["schemas"]["ListLinks"];
                    };
                    /**
                     * @example id,topic,title,summary,items,citations,version,created_at,updated_at
                     *     …
                     */
                    "text/csv": string;
                    /** @example {"id":"…"} */
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportGuidesCsv: {
        parameters: {
            query?: {
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `topic`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "topic" | "-topic" | "title" | "-title" | "updated_at" | "-updated_at")[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
                /** @description Topic of the guide. Comma-separated or repeated. */
                topic?: ("course_of_treatment" | "insurance_and_financial_assistance" | "candidacy" | "readiness" | "benefits" | "side_effects_and_risks" | "questions_to_ask" | "red_flags" | "finding_a_provider" | "provider_credentials" | "evidence_limitations" | "legal_and_access" | "group_dynamics" | "access_pathways" | "costs" | "medical_safety")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, streamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id,topic,title,summary,items,citations,version,created_at,updated_at
                     *     …
                     */
                    "text/csv": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportGuidesNdjson: {
        parameters: {
            query?: {
                /** @description Sort order: field names, `-` for descending; `id` is always the final tiebreaker. Default: `topic`. Comma-separated or repeated. */
                sort?: ("id" | "-id" | "topic" | "-topic" | "title" | "-title" | "updated_at" | "-updated_at")[];
                /**
                 * @description Full-text search: every word must match, the last as a prefix (any text is safe).
                 * @example sublingual
                 */
                q?: string;
                /**
                 * @description Only records updated at or after this RFC 3339 time (incremental sync).
                 * @example 2026-01-01T00:00:00Z
                 */
                updated_since?: string;
                /** @description Topic of the guide. Comma-separated or repeated. */
                topic?: ("course_of_treatment" | "insurance_and_financial_assistance" | "candidacy" | "readiness" | "benefits" | "side_effects_and_risks" | "questions_to_ask" | "red_flags" | "finding_a_provider" | "provider_credentials" | "evidence_limitations" | "legal_and_access" | "group_dynamics" | "access_pathways" | "costs" | "medical_safety")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, streamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {"id":"…"} */
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getGuide: {
        parameters: {
            query?: {
                /** @description Return only these fields (`id` is always returned). Comma-separated or repeated. */
                fields?: ("topic" | "title" | "summary" | "items" | "citations" | "version" | "created_at" | "updated_at")[];
                /** @description Embed related records: `sources` (the sources its citations quote). Comma-separated or repeated. */
                include?: "sources"[];
            };
            header?: never;
            path: {
                /**
                 * @description Stable string identifier (slug).
                 * @example roots-to-thrive-group
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One Guide. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "guide-course-of-treatment",
                     *         "topic": "course_of_treatment",
                     *         "title": "Course of treatment: how many sessions, over how long, and first-year totals",
                     *         "summary": "According to the KAIR article, most initial protocols involve 4-6 sessions over 2-3 months, with maintenance sessions recommended every 1-3 months thereafter; it estimates a first-year total of approximately $1,000-$3,000 in group format versus $3,500-$10,000+ for comparable individual treatment (amounts written \"$\" without a currency code; USD implied). In Canada, Roots to Thrive runs 12-week group cohorts with three IM or sublingual ketamine sessions and weekly community-of-practice group work; its individual track is 6 weeks with 3 sessions. Prices per program are in /v1/prices; program structures are in /v1/programs.",
                     *         "items": [
                     *           {
                     *             "text": "Initial protocol (KAIR article): most initial protocols involve 4-6 sessions.",
                     *             "value_min": 4,
                     *             "value_max": 6,
                     *             "unit": "sessions"
                     *           },
                     *           {
                     *             "text": "The initial sessions are spread over 2-3 months.",
                     *             "value_min": 2,
                     *             "value_max": 3,
                     *             "unit": "months"
                     *           },
                     *           {
                     *             "text": "Maintenance sessions are recommended every 1-3 months after the initial protocol.",
                     *             "value_min": 1,
                     *             "value_max": 3,
                     *             "unit": "months between maintenance sessions"
                     *           },
                     *           {
                     *             "text": "Approximate total first-year investment in group format: $1,000-$3,000 (currency not stated; USD implied).",
                     *             "value_min": 1000,
                     *             "value_max": 3000,
                     *             "unit": "USD (implied; written \"$\")"
                     *           },
                     *           {
                     *             "text": "Total first-year investment for comparable individual treatment: $3,500-$10,000+ (open-ended upper figure \"$10,000+\", so no maximum is recorded; currency not stated; USD implied).",
                     *             "value_min": 3500,
                     *             "value_max": null,
                     *             "unit": "USD (implied; written \"$\")"
                     *           },
                     *           {
                     *             "text": "Roots to Thrive (Nanaimo, BC) group cohort: 12 weeks, integrating three IM or sublingual ketamine sessions with weekly community-of-practice group work, somatic and trauma-informed integration, and Indigenous wellness contributions.",
                     *             "value_min": 12,
                     *             "value_max": 12,
                     *             "unit": "weeks"
                     *           },
                     *           {
                     *             "text": "Roots to Thrive group cohort: 3 ketamine sessions (IM or sublingual) across the 12-week program.",
                     *             "value_min": 3,
                     *             "value_max": 3,
                     *             "unit": "ketamine sessions"
                     *           },
                     *           {
                     *             "text": "Roots to Thrive individual track: 6 weeks with 3 ketamine sessions.",
                     *             "value_min": 6,
                     *             "value_max": 6,
                     *             "unit": "weeks"
                     *           },
                     *           {
                     *             "text": "The process requires commitment: engage fully in preparation and integration work and attend all scheduled sessions. Healing is not a one-and-done event but a process that unfolds over time.",
                     *             "value_min": null,
                     *             "value_max": null,
                     *             "unit": null
                     *           }
                     *         ],
                     *         "citations": [
                     *           {
                     *             "source_id": "kair-group-therapy-unpacked",
                     *             "excerpt": "most initial protocols involve 4-6 sessions over 2-3 months, with maintenance sessions recommended every 1-3 months thereafter.",
                     *             "section": "Cost & accessibility snapshot"
                     *           },
                     *           {
                     *             "source_id": "kair-group-therapy-unpacked",
                     *             "excerpt": "This translates to a total first-year investment of approximately $1,000-$3,000 for group format, compared to $3,500-$10,000+ for comparable individual treatment.",
                     *             "section": "Cost & accessibility snapshot"
                     *           },
                     *           {
                     *             "source_id": "group-ketamine-therapy-canada",
                     *             "excerpt": "Roots to Thrive runs 12-week cohorts integrating three IM or sublingual ketamine sessions with weekly community-of-practice group work, somatic and trauma-informed integration",
                     *             "section": "Ketamine and esketamine access"
                     *           },
                     *           {
                     *             "source_id": "group-ketamine-therapy-canada",
                     *             "excerpt": "Roots to Thrive Group (12 weeks, 3 sessions)",
                     *             "section": "Cost comparison"
                     *           },
                     *           {
                     *             "source_id": "group-ketamine-therapy-canada",
                     *             "excerpt": "Roots to Thrive Individual (6 weeks, 3 sessions)",
                     *             "section": "Cost comparison"
                     *           },
                     *           {
                     *             "source_id": "kair-group-therapy-unpacked",
                     *             "excerpt": "you'll need to engage fully in preparation and integration work, attend all scheduled sessions, and have support outside the program.",
                     *             "section": "Is it right for you?"
                     *           },
                     *           {
                     *             "source_id": "kair-group-therapy-unpacked",
                     *             "excerpt": "Healing isn't a one-and-done event but a process that unfolds over time.",
                     *             "section": "Conclusion"
                     *           }
                     *         ],
                     *         "version": 1,
                     *         "created_at": "2026-11-22T00:00:00.000Z",
                     *         "updated_at": "2026-11-22T00:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["GuideExpanded"] | components["schemas"]["GuideSparse"];
                    };
                };
            };
            /** @description Invalid parameters: every bad parameter is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-error",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "limit: Too big: expected number to be <=100",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "errors": [
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "detail": "Too big: expected number to be <=100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record or route. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "No such record or route.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded; see Retry-After.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; the body never shows internals. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "detail": "Unexpected error; the body never shows internals.",
                     *       "instance": "urn:katalog:request:4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04",
                     *       "request_id": "4f1c2a9e-0b7d-4c3e-9a51-2d8e6f7b1c04"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
