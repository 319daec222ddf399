import { Badge, BadgeProps } from "@fluentui/react-components";
import { STATUS_NAMES, isRated } from "../../engine";
import type { Status } from "../../engine";

const COLOURS: Record<Status, BadgeProps["color"]> = {
  blue: "brand",
  red: "danger",
  amber: "warning",
  green: "success",
  notStarted: "subtle",
  unrated: "informative",
};

/** A count of one status: the status's name is always in the text, never in the colour alone. */
export function StatusBadge({ status, count }: { status: Status; count: number }) {
  return (
    <Badge appearance={isRated(status) ? "filled" : "tint"} color={COLOURS[status]} shape="rounded">
      {`${count} ${STATUS_NAMES[status]}`}
    </Badge>
  );
}
