package report

// The streamed sheets' columns, in order. The headers are what analysts
// filter on: keep them unique (Excel requires it of a table) and stable.

func messageColumns(st *styles) []column {
	return []column{
		{"Message ID", 16, 0}, {"Source", 26, 0}, {"Sent at", 19, st.dateTime},
		{"Day", 11, st.date}, {"Direction", 10, 0}, {"Account", 14, 0},
		{"Marketplace", 12, 0}, {"Order ID", 20, 0}, {"Buyer language", 9, 0},
		{"Detected language", 9, 0}, {"Class", 12, 0}, {"Reason", 18, 0},
		{"Reason rule", 18, 0}, {"Reason evidence", 30, st.wrap}, {"Findings", 30, 0},
		{"Finding count", 8, 0}, {"Reply", 7, 0}, {"Status", 11, 0},
		{"Blocked reason", 22, 0}, {"Over limit", 7, 0},
		{"Predicted block", 22, 0}, {"Predicted evidence", 30, st.wrap},
		{"Subject", 40, st.wrap}, {"Body", 60, st.wrap},
	}
}

func findingColumns(st *styles) []column {
	return []column{
		{"Message ID", 16, 0}, {"Source", 26, 0}, {"Sent at", 19, st.dateTime},
		{"Account", 14, 0}, {"Order ID", 20, 0}, {"Code", 22, 0}, {"Severity", 10, 0},
		{"Rule", 22, 0}, {"Evidence", 50, st.wrap}, {"Class", 12, 0},
	}
}

func blockedColumns(st *styles) []column {
	return []column{
		{"Message ID", 16, 0}, {"Source", 26, 0}, {"Sent at", 19, st.dateTime},
		{"Account", 14, 0}, {"Order ID", 20, 0}, {"Status", 11, 0},
		{"Diagnosis", 26, 0}, {"Evidence", 50, st.wrap}, {"Class", 12, 0},
	}
}

func responseColumns(st *styles) []column {
	return []column{
		{"Message ID", 16, 0}, {"Source", 26, 0}, {"Received at", 19, st.dateTime},
		{"Account", 14, 0}, {"Order ID", 20, 0}, {"Answered at", 19, st.dateTime},
		{"Hours", 8, st.hours}, {"Within 24h", 8, 0}, {"Excluded", 8, 0},
		{"Outcome", 14, 0},
	}
}

func rejectedColumns(st *styles) []column {
	return []column{{"Source", 30, 0}, {"Reason", 90, st.wrap}}
}
