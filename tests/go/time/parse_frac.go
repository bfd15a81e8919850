package main

import (
	"fmt"
	"time"
)

func show(layout, value string) {
	t, err := time.Parse(layout, value)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%-28q %-34q %d %s\n", layout, value, t.Nanosecond(), t.Format(time.StampNano))
}

func main() {
	// A fractional second in the value with none in the layout.
	show(time.DateTime, "2023-01-02 03:04:05.1")
	show(time.DateTime, "2023-01-02 03:04:05.123456789")
	show(time.DateTime, "2023-01-02 03:04:05,987")
	show(time.DateTime, "2023-01-02 03:04:05.1234567891234")
	show(time.DateTime, "2023-01-02 03:04:05.")
	show(time.TimeOnly, "03:04:05.000000001")
	show("15:04:05 MST", "03:04:05.25 UTC")
	// Exact digit counts for .000 and free ones for .999.
	show("15:04:05.000", "03:04:05.123")
	show("15:04:05.000", "03:04:05.12")
	show("15:04:05.000", "03:04:05.1234")
	show("15:04:05,000", "03:04:05,123")
	show("15:04:05,000", "03:04:05.123")
	show("15:04:05.999", "03:04:05")
	show("15:04:05.999", "03:04:05.1")
	show("15:04:05.999", "03:04:05.123456789")
	show("15:04:05.999", "03:04:05,5")
	show("15:04:05.999999999", "03:04:05.000000001")
	show("15:04:05.000000000", "03:04:05.999999999")
	show("15:04:05.9", "03:04:05.55555555555")
	show("05.000 15:04", "05.100 03:04")
	show(time.StampMilli, "Jan  2 15:04:05.006")
	show(time.StampMicro, "Feb 29 15:04:05.000007")
	show(time.RFC3339Nano, "2023-01-02T03:04:05.1Z")
	show(time.RFC3339Nano, "2023-01-02T03:04:05Z")
	show(time.RFC3339, "2023-01-02T03:04:05.999999999999Z")
	show(time.RFC3339, "2023-01-02T03:04:05,5Z")
	show("2006 002 15", "2024 060 07")
	show("2006 002 15", "2024 061 07")
	show("2006 __2", "2023  59")
	show("2006 __2", "2023   1")
	show("2006 __2", "2023 365")
	show("2006 002", "2023 001")
	show("2006-01 002", "2024-02 060")
	show("01/02 03:04:05PM '06 -0700", "12/25 11:59:59PM '99 +0100")
	show("01/02 03:04:05PM '06 -0700", "12/25 12:00:00AM '68 -0100")
	show("1/2/06 3:4:5 pm", "7/4/76 9:8:7 am")
	show("Jan _2", "Feb  3")
	show("Jan _2", "feb 29")
	show("January 2", "DECEMBER 9")
	show("Monday Jan 2", "friDAY Mar 3")
}
