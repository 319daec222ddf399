import { Badge, BadgeProps } from "@fluentui/react-components";
import type { Status } from "../../engine";

const COLOURS: Record<Status, BadgeProps["color"]> = {
  blue: "brand",
  red: "danger",
  amber: "warning",
  green: "success",
  unrated: "informative",
};

const NAMES: Record<Status, string> = { blue: "Blue", red: "Red", amber: "Amber", green: "Green", unrated: "Unrated" };

/** A count of one status: the status's name is always in the text, never in the colour alone. */
export function StatusBadge({ status, count }: { status: Status; count: number }) {
  return (
    <Badge appearance={status === "unrated" ? "tint" : "filled"} color={COLOURS[status]} shape="rounded">
      {`${count} ${NAMES[status]}`}
    </Badge>
  );
}
