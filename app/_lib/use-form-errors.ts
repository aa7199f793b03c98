"use client";

import { useState } from "react";
import { useToast } from "@/app/_components/toaster";
import { fieldErrorsFrom, messageFrom } from "./errors";

/** A form's field messages from a failed mutation, for beside the fields; a failure naming no field shows as a toast. */
export function useFormErrors() {
  const toast = useToast();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const onError = (error: unknown) => {
    const fieldErrors = fieldErrorsFrom(error);
    if (Object.keys(fieldErrors).length > 0) setErrors(fieldErrors);
    else toast(messageFrom(error));
  };
  return { errors, setErrors, onError };
}
