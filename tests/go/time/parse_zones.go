package main

import (
	"fmt"
	"time"
)

func show(layout, value string, loc *time.Location) {
	var t time.Time
	var err error
	if loc == nil {
		t, err = time.Parse(layout, value)
	} else {
		t, err = time.ParseInLocation(layout, value, loc)
	}
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	name, off := t.Zone()
	fmt.Printf("%-36q %v | %s %d | loc=%s utc=%v unix=%d\n", value, t, name, off, t.Location(), t.Location() == time.UTC, t.Unix())
}

func main() {
	for _, loc := range []*time.Location{nil, time.UTC, time.FixedZone("PST", -8*3600), time.FixedZone("", 3600)} {
		fmt.Println("== in", loc)
		show(time.RFC3339, "2023-05-06T07:08:09Z", loc)
		show(time.RFC3339, "2023-05-06T07:08:09+00:00", loc)
		show(time.RFC3339, "2023-05-06T07:08:09-08:00", loc)
		show(time.RFC3339, "2023-05-06T07:08:09+01:00", loc)
		show(time.RFC3339Nano, "2023-05-06T07:08:09.123456789+05:45", loc)
		show(time.RFC3339, "2023-05-06T07:08:09.5-00:30", loc)
		show(time.RFC1123, "Sat, 06 May 2023 07:08:09 PST", loc)
		show(time.RFC1123, "Sat, 06 May 2023 07:08:09 UTC", loc)
		show(time.RFC1123, "Sat, 06 May 2023 07:08:09 GMT", loc)
		show(time.RFC1123, "Sat, 06 May 2023 07:08:09 CEST", loc)
		show(time.RFC1123, "Sat, 06 May 2023 07:08:09 ChST", loc)
		show(time.RFC1123, "Sat, 06 May 2023 07:08:09 WITA", loc)
		show(time.RFC1123, "Sat, 06 May 2023 07:08:09 ABCDT", loc)
		show("2006-01-02 15:04 MST", "2023-05-06 07:08 GMT+3", loc)
		show("2006-01-02 15:04 MST", "2023-05-06 07:08 GMT-11", loc)
		show("2006-01-02 15:04 MST", "2023-05-06 07:08 +03", loc)
		show("2006-01-02 15:04 MST", "2023-05-06 07:08 -0930", loc)
		show("2006-01-02 15:04 MST -0700", "2023-05-06 07:08 PST -0800", loc)
		show("2006-01-02 15:04 MST -0700", "2023-05-06 07:08 XYZ +0000", loc)
		show(time.RFC1123Z, "Sat, 06 May 2023 07:08:09 -0800", loc)
		show(time.RFC1123Z, "Sat, 06 May 2023 07:08:09 +0100", loc)
		show("2006-01-02 15:04:05 Z07:00:00", "2023-05-06 07:08:09 +01:02:03", loc)
		show("2006-01-02 15:04:05 Z070000", "2023-05-06 07:08:09 Z", loc)
		show("2006-01-02 15:04:05 Z07", "2023-05-06 07:08:09 -03", loc)
		show("2006-01-02 15:04:05 -07", "2023-05-06 07:08:09 +24", loc)
		show(time.DateTime, "2023-05-06 07:08:09", loc)
		show(time.Kitchen, "12:00AM", loc)
		show(time.Kitchen, "12:30PM", loc)
	}
}
