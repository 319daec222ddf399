import { createRoot } from "react-dom/client";
import { App } from "./App";
import { OfficeBragService } from "../excel/officeBragService";

Office.onReady(() => {
  const root = document.getElementById("root") as HTMLElement;
  createRoot(root).render(<App service={new OfficeBragService()} />);
});
